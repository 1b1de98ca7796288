package aligncheck.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryReaderTest {
    @TempDir
    Path dir;

    private static final String HEGSETH = """
            {
              "name": "test",
              "entries": [
                {
                  "id": "pete-hegseth",
                  "type": "person",
                  "zh-Hans": ["皮特·赫格塞思", "赫格塞思"],
                  "ja": ["ヘグセス"],
                  "english": "Pete Hegseth",
                  "variants": ["Hegseth"],
                  "wrong": ["Hagel"],
                  "description": "U.S. Secretary of Defense since 2025"
                }
              ]
            }
            """;

    private Path write(String name, String json) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, json);
        return p;
    }

    @Test
    void readsAValidEntry() throws Exception {
        Glossary g = new GlossaryReader().readFile(write("a.json", HEGSETH));
        assertEquals("test", g.name());
        GlossaryEntry e = g.entries().get(0);
        assertEquals(EntryType.PERSON, e.type());
        assertEquals(List.of("皮特·赫格塞思", "赫格塞思", "ヘグセス"), e.sourceForms());
        assertEquals(List.of("Pete Hegseth", "Hegseth"), e.acceptedForms());
        assertEquals(List.of("Hagel"), e.wrong());
    }

    @Test
    void namesFileLineEntryAndFieldOfABadField() throws Exception {
        Path p = write("bad.json", HEGSETH.replace("\"english\": \"Pete Hegseth\"", "\"english\": \"\""));
        GlossaryException e = assertThrows(GlossaryException.class, () -> new GlossaryReader().readFile(p));
        assertEquals(p + ":9: entry \"pete-hegseth\": field \"english\": must be a non-empty string", e.getMessage());
        assertEquals(9, e.line());
    }

    @Test
    void rejectsUnknownFieldsAndTypes() throws Exception {
        Path p = write("typo.json", HEGSETH.replace("\"variants\"", "\"variant\""));
        GlossaryException e = assertThrows(GlossaryException.class, () -> new GlossaryReader().readFile(p));
        assertTrue(e.getMessage().contains("field \"variant\": unknown field"), e.getMessage());
        Path q = write("type.json", HEGSETH.replace("\"person\"", "\"people\""));
        e = assertThrows(GlossaryException.class, () -> new GlossaryReader().readFile(q));
        assertTrue(e.getMessage().contains("field \"type\": \"people\" is not one of"), e.getMessage());
    }

    @Test
    void rejectsAWrongFormThatIsAlsoAccepted() throws Exception {
        Path p = write("w.json", HEGSETH.replace("[\"Hagel\"]", "[\"hegseth\"]"));
        GlossaryException e = assertThrows(GlossaryException.class, () -> new GlossaryReader().readFile(p));
        assertTrue(e.getMessage().endsWith("field \"wrong\": \"hegseth\" is also an accepted rendering"), e.getMessage());
    }

    @Test
    void reportsMalformedJsonWithItsLine() throws Exception {
        Path p = write("broken.json", HEGSETH.replace("\"type\": \"person\",", "\"type\": \"person\""));
        GlossaryException e = assertThrows(GlossaryException.class, () -> new GlossaryReader().readFile(p));
        assertTrue(e.getMessage().startsWith(p + ":7: malformed JSON"), e.getMessage());
    }

    @Test
    void truncatedJsonIsOneCleanLine() throws Exception {
        Path p = write("cut.json", "{\"entries\": [");
        GlossaryException e = assertThrows(GlossaryException.class, () -> new GlossaryReader().readFile(p));
        assertEquals(p + ":1: malformed JSON: Unexpected end-of-input: expected close marker for Array",
                e.getMessage());
    }

    @Test
    void rejectsDuplicateIdsWithinAndAcrossFiles() throws Exception {
        String twice = HEGSETH.replace("    }\n  ]", "    },\n" + HEGSETH.substring(HEGSETH.indexOf("    {"),
                HEGSETH.indexOf("  ]")).stripTrailing() + "\n  ]");
        Path p = write("dup.json", twice);
        GlossaryException e = assertThrows(GlossaryException.class, () -> new GlossaryReader().readFile(p));
        assertTrue(e.getMessage().contains("duplicate id, first used at line 5"), e.getMessage());

        Path sub = Files.createDirectory(dir.resolve("two"));
        Files.writeString(sub.resolve("a.json"), HEGSETH);
        Files.writeString(sub.resolve("b.json"), HEGSETH);
        e = assertThrows(GlossaryException.class, () -> new GlossaryReader().readAll(List.of(sub)));
        assertTrue(e.getMessage().contains("also defined in"), e.getMessage());
    }

    @Test
    void missingFileIsOneLine() {
        Path p = dir.resolve("nope.json");
        GlossaryException e = assertThrows(GlossaryException.class, () -> new GlossaryReader().readFile(p));
        assertEquals(p + ": no such file", e.getMessage());
    }

    @Test
    void keepsTheLineOfEachEntryAndField() throws Exception {
        Path p = write("a.json", HEGSETH);
        Glossary g = new GlossaryReader().readFile(p);
        EntryLocation at = g.location(0);
        assertEquals(5, at.line());
        assertEquals(p + ":5", at.at());
        assertEquals(p + ":11", at.at("wrong"));
        assertEquals(p + ":5", at.at("note"), "a missing field is placed at the entry");
        assertEquals(g.entries().get(0), g.located().get(0).entry());
    }

    @Test
    void theReaderWithoutUniquenessChecksKeepsBothCopies() throws Exception {
        String twice = HEGSETH.replace("    }\n  ]", "    },\n" + HEGSETH.substring(HEGSETH.indexOf("    {"),
                HEGSETH.indexOf("  ]")).stripTrailing() + "\n  ]");
        Glossary g = GlossaryReader.withoutUniquenessChecks().readFile(write("dup.json", twice));
        assertEquals(2, g.entries().size());
        assertEquals(List.of(5, 15), g.locations().stream().map(EntryLocation::line).toList());
    }

    @Test
    void entryRulesApplyToEntriesBuiltInMemory() {
        GlossaryEntry ok = new GlossaryEntry("pete-hegseth", EntryType.PERSON, List.of("赫格塞思"), List.of(),
                List.of(), "Pete Hegseth", List.of("Hegseth"), List.of("Hagel"), "", "");
        assertTrue(EntryRules.check(ok).isEmpty());
        GlossaryEntry badId = new GlossaryEntry("Pete_Hegseth", EntryType.PERSON, List.of("赫格塞思"), List.of(),
                List.of(), "Pete Hegseth", List.of(), List.of(), "", "");
        assertEquals("id", EntryRules.check(badId).orElseThrow().field());
        GlossaryEntry noSource = new GlossaryEntry("pete-hegseth", EntryType.PERSON, List.of(), List.of(), List.of(),
                "Pete Hegseth", List.of(), List.of(), "", "");
        assertEquals("zh-Hans", EntryRules.check(noSource).orElseThrow().field());
        GlossaryEntry blankVariant = new GlossaryEntry("pete-hegseth", EntryType.PERSON, List.of("赫格塞思"),
                List.of(), List.of(), "Pete Hegseth", List.of(" Hegseth"), List.of(), "", "");
        assertEquals("variants", EntryRules.check(blankVariant).orElseThrow().field());
    }
}
