package aligncheck.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.align.Link;
import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewSnapshotTest {
    private final ReviewSnapshot four = ReviewSnapshot.of(TestDocs.oneToOne(4));

    private static String format(ReviewSnapshot s) {
        return s.document().alignment().format().trim().replace('\n', ' ');
    }

    @Test
    void mergeJoinsTwoLinksWithConfidenceOne() {
        ReviewSnapshot s = four.apply(new Edit.MergeLinks(1));
        assertEquals("[0]:[0] [1,2]:[1,2] [3]:[3]", format(s));
        assertEquals(1.0, s.links().get(1).confidence());
        assertEquals(0.5, s.links().get(0).confidence(), "untouched links keep the aligner's confidence");
        assertThrows(EditException.class, () -> four.apply(new Edit.MergeLinks(3)));
    }

    @Test
    void splitUndoesAMerge() {
        ReviewSnapshot merged = four.apply(new Edit.MergeLinks(1));
        assertEquals("[0]:[0] [1]:[1] [2]:[2] [3]:[3]", format(merged.apply(new Edit.SplitLink(1, 1, 1))));
        assertEquals("[0]:[0] [1,2]:[] []:[1,2] [3]:[3]", format(merged.apply(new Edit.SplitLink(1, 2, 0))));
        assertThrows(EditException.class, () -> merged.apply(new Edit.SplitLink(1, 0, 0)));
        assertThrows(EditException.class, () -> merged.apply(new Edit.SplitLink(1, 2, 2)));
        assertThrows(EditException.class, () -> merged.apply(new Edit.SplitLink(1, 3, 0)));
    }

    @Test
    void moveBoundaryUpAndDownOnOneSide() {
        ReviewSnapshot up = four.apply(new Edit.MoveBoundary(0, Side.TARGET, Edit.MoveBoundary.Direction.UP));
        assertEquals("[0]:[0,1] [1]:[] [2]:[2] [3]:[3]", format(up));
        ReviewSnapshot down = up.apply(new Edit.MoveBoundary(0, Side.TARGET, Edit.MoveBoundary.Direction.DOWN));
        assertEquals("[0]:[0] [1]:[1] [2]:[2] [3]:[3]", format(down));
        ReviewSnapshot src = four.apply(new Edit.MoveBoundary(2, Side.SOURCE, Edit.MoveBoundary.Direction.DOWN));
        assertEquals("[0]:[0] [1]:[1] []:[2] [2,3]:[3]", format(src));
    }

    @Test
    void aLinkLeftEmptyDisappears() {
        ReviewSnapshot s = four.apply(new Edit.InsertEmptySide(1, Side.TARGET));
        assertEquals("[0]:[0] [1]:[] []:[1] [2]:[2] [3]:[3]", format(s));
        ReviewSnapshot back = s.apply(new Edit.MoveBoundary(1, Side.TARGET, Edit.MoveBoundary.Direction.UP));
        assertEquals("[0]:[0] [1]:[1] [2]:[2] [3]:[3]", format(back));
    }

    @Test
    void insertEmptySourceKeepsTheTargetInPlace() {
        ReviewSnapshot s = four.apply(new Edit.InsertEmptySide(0, Side.SOURCE));
        assertEquals("[]:[0] [0]:[] [1]:[1] [2]:[2] [3]:[3]", format(s));
        assertThrows(EditException.class, () -> s.apply(new Edit.InsertEmptySide(0, Side.SOURCE)));
    }

    @Test
    void replaceTargetTextShiftsTheFollowingSpans() {
        ReviewSnapshot s = four.apply(new Edit.ReplaceTargetText(1, "  A much longer target one.  "));
        List<Sentence> t = s.document().target();
        assertEquals("A much longer target one.", t.get(1).text());
        for (Sentence x : t) {
            assertEquals(x.text(), x.span().of(s.document().targetText().text()), "span of " + x.index());
        }
        assertEquals("Target 0.\nA much longer target one.\nTarget 2.\nTarget 3.\n",
                s.document().targetText().text());
    }

    @Test
    void replaceWithLineBreaksMovesTheLinesBelow() {
        ReviewSnapshot s = four.apply(new Edit.ReplaceTargetText(0, "Two\nlines."));
        assertEquals(3, s.document().target().get(1).line());
        assertEquals(2, four.document().target().get(1).line());
    }

    @Test
    void acceptReplacesTheSpanWhenItStillReadsTheSame() {
        FindingKey key = new FindingKey("NAME_MISTRANSLATED", "x", 2, 0, "源", 2, "Target");
        Edit.AcceptSuggestion a = new Edit.AcceptSuggestion(key, 2, new Span(0, 6), "Target", "Goal");
        ReviewSnapshot s = four.apply(a);
        assertEquals("Goal 2.", s.document().target().get(2).text());
        assertThrows(EditException.class, () -> s.apply(a), "the text there changed");
    }

    @Test
    void ignoreRemembersTheReason() {
        FindingKey key = new FindingKey("NUMBER_MISMATCH", null, 0, 0, "0", 0, "0");
        ReviewSnapshot s = four.apply(new Edit.IgnoreFinding(key, "house style"));
        assertEquals(Map.of(key, "house style"), s.ignored());
        assertTrue(four.ignored().isEmpty(), "snapshots are immutable");
    }

    @Test
    void handMadeUnevenLinks() {
        ReviewSnapshot s = ReviewSnapshot.of(TestDocs.doc(List.of("a", "b", "c"), List.of("x", "y"),
                List.of(new Link(List.of(0, 1), List.of(0)), new Link(List.of(2), List.of(1)))));
        assertEquals("[0]:[0] [1]:[] [2]:[1]", format(s.apply(new Edit.SplitLink(0, 1, 1))));
    }
}
