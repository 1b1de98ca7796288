package aligncheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core knows nothing of the shells: no picocli, no JavaFX, no cli or gui package. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("aligncheck");

    @Test
    void coreDoesNotDependOnTheShells() {
        noClasses().that().resideOutsideOfPackages("aligncheck.cli..", "aligncheck.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "javafx..", "aligncheck.cli..",
                        "aligncheck.gui..")
                .check(CLASSES);
    }

    @Test
    void cliDoesNotDependOnTheGui() {
        noClasses().that().resideInAPackage("aligncheck.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "aligncheck.gui..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void theGuiUsesTheCoreNotTheCli() {
        noClasses().that().resideInAPackage("aligncheck.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("aligncheck.cli..", "picocli..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
