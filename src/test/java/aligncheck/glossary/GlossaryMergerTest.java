package aligncheck.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryMergerTest {
    @TempDir
    Path dir;

    private static List<Glossary> shipped() throws Exception {
        return new GlossaryReader().read(Path.of("glossaries"));
    }

    @Test
    void theUnionOfTheShippedGlossariesHasAllTheirEntriesInOrder() throws Exception {
        List<Glossary> all = shipped();
        GlossaryEdit edit = new GlossaryMerger().merge(all, dir.resolve("all.json"), null);
        assertFalse(edit.refused(), edit.conflicts().toString());
        assertEquals(all.stream().flatMap(g -> g.entries().stream()).toList(), edit.result().entries());
        assertEquals("all", edit.result().name());
        assertEquals(all.get(0).description(), edit.result().description());
    }

    @Test
    void identicalDuplicatesCollapse() throws Exception {
        List<Glossary> twice = new ArrayList<>(shipped());
        twice.addAll(shipped());
        GlossaryEdit edit = new GlossaryMerger().merge(twice, dir.resolve("all.json"), null);
        assertFalse(edit.refused());
        assertEquals(GlossaryLines.shippedEntries(), edit.result().entries().size());
        assertEquals(GlossaryLines.shippedEntries(), edit.collapsed());
    }

    @Test
    void theSameIdWithOtherContentRefusesUnlessAPreferenceSettlesIt() throws Exception {
        Path a = Files.copy(Path.of("glossaries/us-government-2025.json"), dir.resolve("a.json"));
        Path b = dir.resolve("b.json");
        Files.writeString(b, Files.readString(a).replace("\"Hagel\", \"Hegsas\"", "\"Hegsas\""));
        GlossaryReader reader = new GlossaryReader();
        List<Glossary> inputs = List.of(reader.readFile(a), reader.readFile(b));

        GlossaryEdit refused = new GlossaryMerger().merge(inputs, dir.resolve("out.json"), null);
        int line = GlossaryLines.idLine(a, "pete-hegseth");
        assertEquals(List.of(b + ":" + line + ": entry \"pete-hegseth\": differs in wrong from the entry with the same "
                + "id at " + a + ":" + line), refused.conflicts().stream().map(GlossaryConflict::message).toList());
        assertEquals(inputs.get(0).entries().size() - 1, refused.collapsed());

        GlossaryEdit first = new GlossaryMerger().merge(inputs, dir.resolve("out.json"),
                GlossaryMerger.Preference.FIRST);
        assertFalse(first.refused());
        assertEquals(1, first.resolved().size());
        int at = first.result().entries().stream().map(GlossaryEntry::id).toList().indexOf("pete-hegseth");
        assertEquals(inputs.get(0).entries().stream().map(GlossaryEntry::id).toList().indexOf("pete-hegseth"), at);
        assertTrue(first.result().entries().get(at).wrong().contains("Hagel"));

        GlossaryEdit last = new GlossaryMerger().merge(inputs, dir.resolve("out.json"),
                GlossaryMerger.Preference.LAST);
        assertEquals("pete-hegseth", last.result().entries().get(at).id(), "the entry keeps its position");
        assertFalse(last.result().entries().get(at).wrong().contains("Hagel"));
    }

    @Test
    void differentIdsWithTheSameSourceFormRefuseWhateverThePreference() throws Exception {
        Path a = Files.copy(Path.of("glossaries/us-government-2025.json"), dir.resolve("a.json"));
        Path b = dir.resolve("b.json");
        Files.writeString(b, Files.readString(a).replace("\"id\": \"pete-hegseth\"", "\"id\": \"hegseth-copy\""));
        GlossaryReader reader = new GlossaryReader();
        GlossaryEdit edit = new GlossaryMerger().merge(List.of(reader.readFile(a), reader.readFile(b)),
                dir.resolve("out.json"), GlossaryMerger.Preference.LAST);
        assertTrue(edit.refused());
        assertTrue(edit.conflicts().stream().allMatch(c -> c.kind() == GlossaryConflict.Kind.SHARED_SOURCE_FORM
                && c.entry().id().equals("hegseth-copy") && c.other().id().equals("pete-hegseth")), edit.conflicts().toString());
        GlossaryEntry hegseth = reader.readFile(a).entries().stream().filter(e -> e.id().equals("pete-hegseth"))
                .findFirst().orElseThrow();
        assertEquals(hegseth.sourceForms().size(), edit.conflicts().size(), "one per source form of pete-hegseth");
    }

    @Test
    void mergeIntoAnExistingFileKeepsItsEntriesFirst() throws Exception {
        Path out = Files.copy(Path.of("glossaries/titles.json"), dir.resolve("out.json"));
        Glossary us = new GlossaryReader().readFile(Path.of("glossaries/us-government-2025.json"));
        GlossaryEdit edit = new GlossaryFileEditor().mergeInto(out, List.of(us), null);
        assertFalse(edit.refused(), edit.conflicts().toString());
        Glossary saved = new GlossaryReader().readFile(out);
        assertEquals(new GlossaryReader().readFile(Path.of("glossaries/titles.json")).entries().size()
                + us.entries().size(), saved.entries().size());
        assertEquals("us-president-title", saved.entries().get(0).id());
        assertEquals("titles", Glossary.nameOf(Path.of("glossaries/titles.json")));
    }
}
