package aligncheck.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewSessionTest {
    @TempDir
    Path dir;

    @Test
    void saveAndReopenRestoresTheExactState(@TempDir Path dir) throws IOException {
        ReviewHistory h = new ReviewHistory(ReviewSnapshot.of(TestDocs.oneToOne(5)));
        FindingKey key = new FindingKey("NAME_MISTRANSLATED", "pete-hegseth", 1, 0, "源", 1, "Target");
        h.apply(new Edit.AcceptSuggestion(key, 1, new Span(0, 6), "Target", "Hegseth"));
        h.apply(new Edit.IgnoreFinding(new FindingKey("NUMBER_MISMATCH", null, 2, 1, "2", -1, null), "ok"));
        h.apply(new Edit.MergeLinks(2));
        h.apply(new Edit.MoveBoundary(0, Side.SOURCE, Edit.MoveBoundary.Direction.DOWN));
        h.apply(new Edit.SplitLink(3, 1, 0));
        h.apply(new Edit.InsertEmptySide(2, Side.TARGET));
        h.undo();
        Path file = dir.resolve("review.aligncheck.json");
        ReviewSession.of(h, List.of(Path.of("g.json"))).write(file);
        ReviewSession back = ReviewSession.read(file);
        assertEquals(List.of(Path.of("g.json")), back.glossaries());
        ReviewHistory r = back.history();
        assertEquals(h.current(), r.current());
        assertEquals(h.applied(), r.applied());
        assertEquals(h.undoneEdits(), r.undoneEdits());
        assertEquals("Hegseth 1.", r.current().document().target().get(1).text());
        assertEquals("ok", r.current().ignored().values().iterator().next());
    }

    @Test
    void notASession() throws IOException {
        Path f = dir.resolve("x.json");
        Files.writeString(f, "{\"hello\": 1}");
        IOException e = assertThrows(IOException.class, () -> ReviewSession.read(f));
        assertTrue(e.getMessage().contains("not a valid aligncheck review session"), e.getMessage());
    }
}
