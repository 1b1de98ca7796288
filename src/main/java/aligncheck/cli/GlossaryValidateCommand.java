package aligncheck.cli;

import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryConflict;
import aligncheck.glossary.GlossaryConflicts;
import aligncheck.glossary.GlossaryException;
import aligncheck.glossary.GlossaryReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code aligncheck glossary validate [--glossary …]}: read every glossary, report every problem (one per file that
 * does not read, and every conflict between entries), print the counts.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate glossaries (default: the shipped ones): report every file that does not read and every "
                + "duplicate or conflicting entry (same id, same source form, a wrong form accepted by an entry with a "
                + "shared source form), each as file:line; exit 3 when there is any.")
final class GlossaryValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    GlossaryOptions options;

    @Override
    public Integer call() throws GlossaryException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GlossaryReader reader = GlossaryReader.withoutUniquenessChecks();
        List<Glossary> glossaries = new ArrayList<>();
        int errors = 0;
        for (Path p : options.paths()) {
            for (Path file : GlossaryReader.files(p)) {
                try {
                    glossaries.add(reader.readFile(file));
                } catch (GlossaryException e) {
                    err.println(e.getMessage());
                    errors++;
                }
            }
        }
        List<GlossaryConflict> conflicts = GlossaryConflicts.find(glossaries);
        conflicts.forEach(c -> err.println(c.message()));
        errors += conflicts.size();
        int entries = 0;
        for (Glossary g : glossaries) {
            out.printf("%s: %d entries%n", g.source(), g.entries().size());
            entries += g.entries().size();
        }
        out.printf("%d entries in %d glossaries, %s%n", entries, glossaries.size(),
                errors == 0 ? "valid" : errors + (errors == 1 ? " error" : " errors"));
        out.flush();
        err.flush();
        return errors == 0 ? ExitCode.CLEAN : ExitCode.BAD_INPUT;
    }
}
