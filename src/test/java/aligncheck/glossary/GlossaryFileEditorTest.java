package aligncheck.glossary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryFileEditorTest {
    @TempDir
    Path dir;

    Path us;
    Path titles;
    final GlossaryFileEditor editor = new GlossaryFileEditor();

    static final GlossaryEntry SUSIE_WILES = new GlossaryEntry("susie-wiles-test", EntryType.PERSON,
            List.of("苏西·怀尔斯测试"), List.of(), List.of("スージー・ワイルズ試験"), "Susie Wiles", List.of("Wiles"),
            List.of("Suzy Wilds"), "White House Chief of Staff (test entry)", "");

    @BeforeEach
    void copyShipped() throws Exception {
        us = Files.copy(Path.of("glossaries/us-government-2025.json"), dir.resolve("us-government-2025.json"));
        titles = Files.copy(Path.of("glossaries/titles.json"), dir.resolve("titles.json"));
    }

    private List<Glossary> others() throws Exception {
        return new GlossaryReader().read(titles);
    }

    @Test
    void addAppendsAndTheFileStaysValidAndOtherwiseUnchanged() throws Exception {
        String before = Files.readString(us);
        GlossaryEdit edit = editor.add(us, SUSIE_WILES, others());
        assertFalse(edit.refused(), edit.conflicts().toString());
        Glossary after = new GlossaryReader().readFile(us);
        assertEquals(SUSIE_WILES, after.entries().get(after.entries().size() - 1));
        String now = Files.readString(us);
        int cut = before.lastIndexOf("\n    }\n  ]\n}\n");
        assertEquals(before.substring(0, cut), now.substring(0, cut), "the entries before are written as they were");
    }

    @Test
    void addCreatesAMissingFileNamedAfterIt() throws Exception {
        Path fresh = dir.resolve("staff.json");
        assertFalse(editor.add(fresh, SUSIE_WILES, List.of()).refused());
        Glossary g = new GlossaryReader().readFile(fresh);
        assertEquals("staff", g.name());
        assertEquals(List.of(SUSIE_WILES), g.entries());
    }

    @Test
    void addRefusesADuplicateIdOrSourceFormNamingTheExistingPlace() throws Exception {
        byte[] before = Files.readAllBytes(us);
        GlossaryEntry sameId = new GlossaryEntry("pete-hegseth", EntryType.PERSON, List.of("某某某"), List.of(),
                List.of(), "Someone", List.of(), List.of(), "", "");
        GlossaryEdit edit = editor.add(us, sameId, others());
        assertEquals(List.of(us + ": entry \"pete-hegseth\": id already used at " + us + ":"
                + GlossaryLines.idLine(us, "pete-hegseth")),
                edit.conflicts().stream().map(GlossaryConflict::message).toList());

        GlossaryEntry sameForm = new GlossaryEntry("another-bessent", EntryType.PERSON, List.of("贝森特"), List.of(),
                List.of(), "Another Bessent", List.of(), List.of(), "", "");
        edit = editor.add(us, sameForm, others());
        assertEquals(List.of(us + ": entry \"another-bessent\": source form \"贝森特\" is also a form of entry "
                + "\"scott-bessent\" at " + us + ":" + GlossaryLines.fieldLine(us, "scott-bessent", "zh-Hans")),
                edit.conflicts().stream().map(GlossaryConflict::message).toList());

        GlossaryEntry titleForm = new GlossaryEntry("state-secretary-again", EntryType.TITLE, List.of("國務卿"),
                List.of(), List.of(), "Secretary", List.of(), List.of(), "", "");
        edit = editor.add(us, titleForm, others());
        assertEquals(1, edit.conflicts().size());
        assertTrue(edit.conflicts().get(0).message().endsWith("is also a form of entry "
                + "\"us-secretary-of-state-title\" (as \"国务卿\") at " + titles + ":"
                + GlossaryLines.fieldLine(titles, "us-secretary-of-state-title", "zh-Hans")), edit.conflicts().toString());
        assertArrayEquals(before, Files.readAllBytes(us), "a refused add saves nothing");
    }

    @Test
    void addChecksTheEntryWithTheReaderRules() {
        GlossaryEntry bad = new GlossaryEntry("susie-wiles", EntryType.PERSON, List.of("怀尔斯"), List.of(), List.of(),
                "Susie Wiles", List.of(), List.of("susie wiles"), "", "");
        GlossaryException e = assertThrows(GlossaryException.class, () -> editor.add(us, bad, List.of()));
        assertEquals(us + ": new entry \"susie-wiles\": field \"wrong\": \"susie wiles\" is also an accepted rendering",
                e.getMessage());
    }

    @Test
    void removeDropsOneEntryAndNothingElse() throws Exception {
        Glossary before = new GlossaryReader().readFile(us);
        Optional<GlossaryEntry> removed = editor.remove(us, "chuck-hagel");
        assertEquals("Chuck Hagel", removed.orElseThrow().english());
        Glossary after = new GlossaryReader().readFile(us);
        assertEquals(before.entries().stream().filter(e -> !e.id().equals("chuck-hagel")).toList(), after.entries());
        assertEquals(Optional.empty(), editor.remove(us, "chuck-hagel"));
    }

    @Test
    void aFileThatCannotBeWrittenIsOneLine() {
        Path nowhere = dir.resolve("no/such/dir/g.json");
        GlossaryException e = assertThrows(GlossaryException.class, () -> editor.add(nowhere, SUSIE_WILES, List.of()));
        assertEquals(nowhere + ": cannot write: no such directory", e.getMessage());
    }
}
