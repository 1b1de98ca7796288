package aligncheck.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryConflictsTest {
    @TempDir
    Path dir;

    @Test
    void theShippedGlossariesHaveNone() throws Exception {
        List<Glossary> shipped = GlossaryReader.withoutUniquenessChecks().read(Path.of("glossaries"));
        assertEquals(5, shipped.size());
        assertEquals(List.of(), GlossaryConflicts.find(shipped));
    }

    @Test
    void reportsEveryConflictWithBothPlaces() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), """
                {
                  "name": "a",
                  "description": "",
                  "entries": [
                    {
                      "id": "pete-hegseth",
                      "type": "person",
                      "zh-Hans": ["赫格塞思"],
                      "english": "Pete Hegseth",
                      "wrong": ["Hagel"]
                    },
                    {
                      "id": "pete-hegseth",
                      "type": "person",
                      "zh-Hans": ["赫格塞思"],
                      "english": "Pete Hegseth"
                    }
                  ]
                }
                """);
        Path b = Files.writeString(dir.resolve("b.json"), """
                {
                  "name": "b",
                  "description": "",
                  "entries": [
                    {
                      "id": "chuck-hagel",
                      "type": "person",
                      "zh-Hans": ["哈格尔"],
                      "zh-Hant": ["赫格塞思"],
                      "english": "Chuck Hagel",
                      "variants": ["hagel"]
                    },
                    {
                      "id": "hegseth-the-second",
                      "type": "person",
                      "zh-Hant": ["赫格塞思 "],
                      "english": "Hegseth"
                    }
                  ]
                }
                """);
        List<Glossary> gs = List.of(GlossaryReader.withoutUniquenessChecks().readFile(a),
                GlossaryReader.withoutUniquenessChecks().readFile(b));
        List<String> messages = GlossaryConflicts.find(gs).stream().map(GlossaryConflict::message).toList();
        assertEquals(List.of(
                a + ":13: entry \"pete-hegseth\": id already used at " + a + ":6",
                b + ":9: entry \"chuck-hagel\": source form \"赫格塞思\" is also a form of entry \"pete-hegseth\" at "
                        + a + ":8",
                a + ":10: entry \"pete-hegseth\": wrong form \"Hagel\" is an accepted form of entry \"chuck-hagel\" at "
                        + b + ":11, and both have the source form \"赫格塞思\"",
                b + ":16: entry \"hegseth-the-second\": source form \"赫格塞思\" is also a form of entry \"pete-hegseth\" at "
                        + a + ":8"), messages);
    }

    @Test
    void traditionalAndSimplifiedFormsAreTheSameForm() {
        GlossaryEntry hans = entry("scott-bessent", List.of("贝森特"), List.of());
        GlossaryEntry hant = entry("other-bessent", List.of(), List.of("貝森特"));
        List<GlossaryConflict> c = GlossaryConflicts.find(List.of(new Glossary(null, "t", "", List.of(hans, hant))));
        assertEquals(1, c.size());
        assertEquals(GlossaryConflict.Kind.SHARED_SOURCE_FORM, c.get(0).kind());
        assertTrue(c.get(0).message().contains("\"貝森特\" is also a form of entry \"scott-bessent\" (as \"贝森特\")"),
                c.get(0).message());
    }

    private static GlossaryEntry entry(String id, List<String> hans, List<String> hant) {
        return new GlossaryEntry(id, EntryType.PERSON, hans, hant, List.of(), "Scott Bessent", List.of(), List.of(),
                "", "");
    }
}
