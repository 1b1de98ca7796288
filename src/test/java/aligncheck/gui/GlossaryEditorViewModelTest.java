package aligncheck.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossaryReader;
import aligncheck.glossary.GlossarySet;
import aligncheck.glossary.ShippedGlossaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryEditorViewModelTest {
    @TempDir
    Path dir;
    GlossaryEditorViewModel vm;

    @BeforeEach
    void open() throws Exception {
        vm = new GlossaryEditorViewModel(ShippedGlossaries.load(), dir.resolve("glossaries"));
        assertTrue(vm.choose("us-government-2025"));
    }

    @Test
    void searchFiltersBySourceFormEnglishOrWrongForm() {
        int all = vm.entries().size();
        vm.searchProperty().set("赫格塞思");
        assertEquals(List.of("pete-hegseth"), vm.entries().stream().map(GlossaryEntry::id).toList());
        vm.searchProperty().set("hegsas");
        assertEquals(1, vm.entries().size());
        vm.searchProperty().set("");
        assertEquals(all, vm.entries().size());
    }

    @Test
    void validationMessagesAreInline() {
        vm.edit(vm.entries().get(0));
        assertEquals("", vm.validationProperty().get());
        vm.english.set("");
        assertTrue(vm.validationProperty().get().contains("english"), vm.validationProperty().get());
        vm.english.set("X");
        vm.id.set("Bad Id");
        assertTrue(vm.validationProperty().get().contains("\"id\""), vm.validationProperty().get());
        assertFalse(vm.apply());
        vm.id.set("pete-hegseth");
        vm.edit(vm.entries().get(1));
        vm.id.set("pete-hegseth");
        assertTrue(vm.validationProperty().get().contains("also used"), vm.validationProperty().get());
    }

    @Test
    void addFromASelectionThenSaveWritesAValidatedCopyOfTheShippedGlossaries() throws Exception {
        int before = vm.entries().size();
        vm.newEntry("陈明", "Chen Ming");
        assertEquals("chen-ming", vm.id.get());
        assertEquals("陈明", vm.zhHans.get());
        vm.description.set("a made-up person");
        assertTrue(vm.apply(), vm.validationProperty().get());
        assertEquals(before + 1, vm.entries().size());
        List<Path> inForce = vm.save();
        assertEquals(List.of(dir.resolve("glossaries")), inForce);
        GlossarySet back = new GlossaryReader().readAll(inForce);
        assertTrue(back.entry("chen-ming").isPresent());
        assertEquals(ShippedGlossaries.load().entries().size() + 1, back.entries().size());
        try (var s = Files.list(dir.resolve("glossaries"))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void kanaGoesToTheJapaneseForms() {
        vm.newEntry("ヘグセス", "Hegseth");
        assertEquals("ヘグセス", vm.ja.get());
        assertEquals("", vm.zhHans.get());
    }

    @Test
    void editAndDelete() {
        GlossaryEntry e = vm.entries().stream().filter(x -> x.id().equals("pete-hegseth")).findFirst().orElseThrow();
        vm.edit(e);
        vm.wrong.set("Hagel; Hegsas; Hegsaith; Hegseeth");
        assertTrue(vm.apply());
        GlossaryEntry changed = vm.glossarySet().entry("pete-hegseth").orElseThrow();
        assertEquals(4, changed.wrong().size());
        assertTrue(vm.delete(changed));
        assertTrue(vm.glossarySet().entry("pete-hegseth").isEmpty());
        assertTrue(vm.changedProperty().get());
    }
}
