package aligncheck.gui;

import aligncheck.check.NameRendering;

/** What a highlighted span of a sentence is; each kind has a CSS class ({@link #styleClass()}) and a colour. */
public enum HighlightKind {
    /** A glossary name rendered with an accepted form. */
    RIGHT,
    /** A glossary name rendered wrongly (or the wrong rendering itself). */
    WRONG,
    /** A glossary name with no rendering in the aligned translation (source side only). */
    MISSING,
    /** A span of a NAME_SUSPECT finding. */
    SUSPECT,
    /** A span of a NAME_INCONSISTENT finding. */
    INCONSISTENT,
    /** A span of any other finding (numbers, titles …). */
    FINDING;

    public String styleClass() {
        return "hl-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    static HighlightKind of(NameRendering.Status status) {
        return switch (status) {
            case RIGHT -> RIGHT;
            case WRONG -> WRONG;
            case MISSING -> MISSING;
        };
    }

    /** The kind for a span of a finding with this check id. */
    static HighlightKind ofCheck(String checkId) {
        return switch (checkId) {
            case "NAME_SUSPECT" -> SUSPECT;
            case "NAME_INCONSISTENT" -> INCONSISTENT;
            case "NAME_MISTRANSLATED", "NAME_FORBIDDEN", "TITLE_MISTRANSLATED" -> WRONG;
            case "NAME_MISSING" -> MISSING;
            default -> FINDING;
        };
    }

    /** When two highlights overlap, the higher rank is shown. */
    int rank() {
        return switch (this) {
            case RIGHT -> 0;
            case FINDING -> 1;
            case INCONSISTENT -> 2;
            case SUSPECT -> 3;
            case MISSING -> 4;
            case WRONG -> 5;
        };
    }
}
