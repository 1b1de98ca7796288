package aligncheck.review;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Undo and redo over immutable snapshots: a stack of the snapshots before each applied edit and a stack of the
 * undone ones. Also keeps the edits themselves (applied, in order; undone, most recent last), which is what a
 * saved session stores and replays. Not thread-safe: one owner (the review window) uses it.
 */
public final class ReviewHistory {
    private record Step(Edit edit, ReviewSnapshot before, ReviewSnapshot after) {
    }

    private final ReviewSnapshot initial;
    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();
    private ReviewSnapshot current;

    public ReviewHistory(ReviewSnapshot initial) {
        this.initial = initial;
        this.current = initial;
    }

    /** Rebuilds a history by replaying {@code applied}, then applying and undoing {@code undone} (oldest first). */
    public static ReviewHistory replay(ReviewSnapshot initial, List<Edit> applied, List<Edit> undone) {
        ReviewHistory h = new ReviewHistory(initial);
        applied.forEach(h::apply);
        undone.forEach(h::apply);
        for (int i = 0; i < undone.size(); i++) {
            h.undo();
        }
        return h;
    }

    public ReviewSnapshot initial() {
        return initial;
    }

    public ReviewSnapshot current() {
        return current;
    }

    /** Applies the edit (EditException when it does not apply; then nothing changes) and clears the redo stack. */
    public ReviewSnapshot apply(Edit edit) {
        ReviewSnapshot next = current.apply(edit);
        done.push(new Step(edit, current, next));
        undone.clear();
        current = next;
        return current;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** The edit the next undo would revert, or null. */
    public Edit nextUndo() {
        return done.isEmpty() ? null : done.peek().edit();
    }

    /** The edit the next redo would apply again, or null. */
    public Edit nextRedo() {
        return undone.isEmpty() ? null : undone.peek().edit();
    }

    public ReviewSnapshot undo() {
        if (done.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        Step s = done.pop();
        undone.push(s);
        current = s.before();
        return current;
    }

    public ReviewSnapshot redo() {
        if (undone.isEmpty()) {
            throw new IllegalStateException("nothing to redo");
        }
        Step s = undone.pop();
        done.push(s);
        current = s.after();
        return current;
    }

    /** The applied edits, oldest first. */
    public List<Edit> applied() {
        List<Edit> out = new ArrayList<>();
        done.descendingIterator().forEachRemaining(s -> out.add(s.edit()));
        return out;
    }

    /** The undone edits that redo would apply again, in the order they were first applied. */
    public List<Edit> undoneEdits() {
        List<Edit> out = new ArrayList<>();
        undone.forEach(s -> out.add(s.edit()));
        return out;
    }
}
