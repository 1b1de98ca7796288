package aligncheck.review;

import aligncheck.text.Span;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One edit of a review: a value, applied by {@link ReviewSnapshot#apply(Edit)} to an immutable snapshot. Link
 * indices are 0-based positions in the snapshot's alignment; sentence indices are 0-based in the document's
 * segmentation (edits never add or remove sentences, only regroup them or change target text).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "edit")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Edit.MergeLinks.class, name = "merge"),
        @JsonSubTypes.Type(value = Edit.SplitLink.class, name = "split"),
        @JsonSubTypes.Type(value = Edit.MoveBoundary.class, name = "moveBoundary"),
        @JsonSubTypes.Type(value = Edit.InsertEmptySide.class, name = "insertEmptySide"),
        @JsonSubTypes.Type(value = Edit.ReplaceTargetText.class, name = "replaceTarget"),
        @JsonSubTypes.Type(value = Edit.AcceptSuggestion.class, name = "accept"),
        @JsonSubTypes.Type(value = Edit.IgnoreFinding.class, name = "ignore"),
        @JsonSubTypes.Type(value = Edit.UnignoreFinding.class, name = "unignore")})
public sealed interface Edit {
    /** A short description for menus and the status line: "merge pairs 4 and 5". */
    String describe();

    /** Links {@code link} and {@code link + 1} become one link holding the sentences of both. */
    record MergeLinks(int link) implements Edit {
        @Override
        public String describe() {
            return "merge pairs " + (link + 1) + " and " + (link + 2);
        }
    }

    /**
     * Link {@code link} becomes two: the first keeps its first {@code sourceCount} source and {@code targetCount}
     * target sentences, the second the rest. Both parts must keep at least one sentence.
     */
    record SplitLink(int link, int sourceCount, int targetCount) implements Edit {
        @Override
        public String describe() {
            return "split pair " + (link + 1);
        }
    }

    /**
     * Moves the boundary between link {@code link} and link {@code link + 1} on one side: {@link Direction#UP}
     * moves the first sentence of the lower link up into the upper one, {@link Direction#DOWN} the last sentence
     * of the upper link down into the lower one. A link left with no sentence disappears.
     */
    record MoveBoundary(int link, Side side, Direction direction) implements Edit {
        public enum Direction { UP, DOWN }

        @Override
        public String describe() {
            return "move the " + side.name().toLowerCase() + " boundary below pair " + (link + 1) + " "
                    + direction.name().toLowerCase();
        }
    }

    /**
     * Empties one side of link {@code link}: the link keeps the other side, paired with nothing, and the
     * sentences of {@code side} move to a new link right below it, paired with nothing (an omission and an
     * addition instead of a wrong pair).
     */
    record InsertEmptySide(int link, Side side) implements Edit {
        @Override
        public String describe() {
            return "empty the " + side.name().toLowerCase() + " side of pair " + (link + 1);
        }
    }

    /** The text of target sentence {@code targetSentence} becomes {@code text} (a hand edit). */
    record ReplaceTargetText(int targetSentence, String text) implements Edit {
        @Override
        public String describe() {
            return "edit target sentence " + (targetSentence + 1);
        }
    }

    /**
     * Accepts a finding's suggestion: {@code span} of target sentence {@code targetSentence}, which must still
     * read {@code expected}, becomes {@code replacement}.
     */
    record AcceptSuggestion(FindingKey finding, int targetSentence, Span span, String expected,
                            String replacement) implements Edit {
        /** Accepting {@code replacement} for a finding that has a target span; EditException otherwise. */
        public static AcceptSuggestion of(aligncheck.check.Finding f, String replacement) {
            if (f.targetSpan() == null) {
                throw new EditException(f.checkId() + " points at no target text: edit the sentence instead");
            }
            return new AcceptSuggestion(FindingKey.of(f), f.targetSentence(), f.targetSpan(), f.targetText(),
                    replacement);
        }

        @Override
        public String describe() {
            return "replace \"" + expected + "\" by \"" + replacement + "\"";
        }
    }

    /** The finding is to be ignored from now on; {@code reason} may be empty. */
    record IgnoreFinding(FindingKey finding, String reason) implements Edit {
        public IgnoreFinding {
            reason = reason == null ? "" : reason;
        }

        @Override
        public String describe() {
            return "ignore " + finding.checkId() + (finding.sourceText() == null ? "" : " " + finding.sourceText());
        }
    }

    /** The finding is no longer ignored. */
    record UnignoreFinding(FindingKey finding) implements Edit {
        @Override
        public String describe() {
            return "stop ignoring " + finding.checkId() + (finding.sourceText() == null ? "" : " " + finding.sourceText());
        }
    }
}
