package aligncheck.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishFormIndexTest {
    private static GlossaryEntry entry(String id, String english, List<String> wrong) {
        return new GlossaryEntry(id, EntryType.PERSON, List.of(), List.of(), List.of(), english, List.of(), wrong, "",
                "");
    }

    @Test
    void candidatesHaveAllTheWordsOfAFormInOrder() {
        GlossarySet set = new GlossarySet(List.of(new Glossary(null, "t", "", List.of(
                entry("a", "Pete Hegseth", List.of("Hagel")),
                entry("b", "Bob Jones", List.of("Chuck Hagel Jr")),
                entry("c", "Tom Barrack", List.of("U.S. envoy")),
                entry("d", "Kim Ho", List.of("Hagel-Smith"))))));
        assertEquals(List.of("a"), ids(set.entriesWithWrongFormsIn("Chuck Hagel's remarks")));
        assertEquals(List.of("b", "a"), ids(set.entriesWithWrongFormsIn("CHUCK HAGEL JR. spoke")));
        assertEquals(List.of("c"), ids(set.entriesWithWrongFormsIn("the U.S. envoy")));
        assertEquals(List.of("a", "d"), ids(set.entriesWithWrongFormsIn("Hagel Smith")));
        assertEquals(List.of(), ids(set.entriesWithWrongFormsIn("envoy of the U.S.")));
    }

    /** The invariant on real data: wherever a form of an entry matches, the entry is a candidate. */
    @Test
    void noMatchEscapesTheIndexOnTheCorpora() throws Exception {
        GlossarySet set = ShippedGlossaries.load();
        int matched = 0;
        for (Path p : List.of(Path.of("corpora/zh-us-japan-tariffs/target.en.txt"),
                Path.of("corpora/ja-japan-us-talks/target.en.txt"))) {
            for (String line : Files.readAllLines(p)) {
                List<GlossaryEntry> candidates = set.entriesWithWrongFormsIn(line);
                for (GlossaryEntry e : set.entries()) {
                    if (!set.english(e).findWrong(line).isEmpty()) {
                        matched++;
                        assertTrue(candidates.contains(e), e.id() + " in " + line);
                    }
                    for (var span : set.english(e).findAccepted(line)) {
                        assertTrue(set.isAcceptedFormOfSomeEntry(line, span), e.id() + " in " + line);
                    }
                }
            }
        }
        assertTrue(matched >= 8, "wrong forms matched: " + matched);
    }

    /** The substring test before the regex never hides a match, whatever the case or the script. */
    @Test
    void caseInsensitiveMatchesSurviveThePrefilter() {
        GlossarySet set = new GlossarySet(List.of(new Glossary(null, "t", "", List.of(
                entry("p", "José Pérez", List.of("Jose Peres")), entry("h", "Pete Hegseth", List.of("Hagel"))))));
        EnglishForms p = set.english(set.entries().get(0));
        EnglishForms h = set.english(set.entries().get(1));
        assertEquals(1, p.findAccepted("JOSÉ PÉREZ said").size());
        assertEquals(1, p.findAccepted("Pérez José said").size(), "reversed person name");
        assertEquals(1, p.findWrong("jose-peres said").size());
        assertEquals(1, h.findAccepted("PETE HEGSETH's view").size());
        assertEquals(1, h.findAccepted("Ｐｅｔｅ Ｈｅｇｓｅｔｈ spoke").size(), "full-width Latin");
        assertEquals(0, h.findAccepted("Pete Hegsethian view").size());
        assertEquals(2, h.findWrong("Hagel, and HAGEL's").size());
    }

    private static List<String> ids(List<GlossaryEntry> es) {
        return es.stream().map(GlossaryEntry::id).toList();
    }
}
