package aligncheck.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewHistoryTest {
    @Test
    void undoAndRedoWalkTheSnapshots() {
        ReviewHistory h = new ReviewHistory(ReviewSnapshot.of(TestDocs.oneToOne(3)));
        ReviewSnapshot start = h.current();
        ReviewSnapshot merged = h.apply(new Edit.MergeLinks(0));
        ReviewSnapshot edited = h.apply(new Edit.ReplaceTargetText(2, "Changed."));
        assertSame(merged, h.undo());
        assertSame(start, h.undo());
        assertFalse(h.canUndo());
        assertSame(merged, h.redo());
        assertEquals(List.of(new Edit.ReplaceTargetText(2, "Changed.")), h.undoneEdits());
        assertSame(edited, h.redo());
        assertFalse(h.canRedo());
    }

    @Test
    void aNewEditClearsRedo() {
        ReviewHistory h = new ReviewHistory(ReviewSnapshot.of(TestDocs.oneToOne(3)));
        h.apply(new Edit.MergeLinks(0));
        h.undo();
        h.apply(new Edit.MergeLinks(1));
        assertFalse(h.canRedo());
        assertEquals(List.of(new Edit.MergeLinks(1)), h.applied());
    }

    @Test
    void aFailedEditChangesNothing() {
        ReviewHistory h = new ReviewHistory(ReviewSnapshot.of(TestDocs.oneToOne(2)));
        assertThrows(EditException.class, () -> h.apply(new Edit.MergeLinks(5)));
        assertFalse(h.canUndo());
    }

    @Test
    void replayRestoresUndoAndRedo() {
        ReviewHistory h = new ReviewHistory(ReviewSnapshot.of(TestDocs.oneToOne(4)));
        h.apply(new Edit.MergeLinks(0));
        h.apply(new Edit.InsertEmptySide(1, Side.TARGET));
        h.apply(new Edit.ReplaceTargetText(3, "Three."));
        h.undo();
        ReviewHistory r = ReviewHistory.replay(h.initial(), h.applied(), h.undoneEdits());
        assertEquals(h.current(), r.current());
        assertTrue(r.canRedo());
        assertEquals(h.redo(), r.redo());
    }
}
