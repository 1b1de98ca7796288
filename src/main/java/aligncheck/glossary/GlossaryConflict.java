package aligncheck.glossary;

/**
 * Two entries that cannot stand together in the glossaries of one run.
 *
 * @param kind    what clashes
 * @param entry   the entry the message is about (the later one, for a duplicate)
 * @param other   the entry it clashes with
 * @param message one line naming both places as {@code file:line}:
 *                {@code b.json:40: entry "x": id already used at a.json:12}
 */
public record GlossaryConflict(Kind kind, LocatedEntry entry, LocatedEntry other, String message) {
    /** What two entries share that they must not. */
    public enum Kind {
        /** The same id twice, with any content. */
        DUPLICATE_ID,
        /** The same id twice with different content (only {@link GlossaryMerger} tells this from identical copies). */
        DIFFERENT_CONTENT,
        /** One source form (after normalization: traditional/simplified, separators, width) in two entries. */
        SHARED_SOURCE_FORM,
        /** A wrong form of one entry is an accepted form of another entry that shares a source form with it. */
        WRONG_FORM_ACCEPTED
    }

    @Override
    public String toString() {
        return message;
    }
}
