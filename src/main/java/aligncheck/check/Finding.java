package aligncheck.check;

import aligncheck.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * One problem found by a check. Immutable.
 *
 * <p>Offsets: {@code sourceSpan} is a span of the text of source sentence {@code sourceSentence} and
 * {@code targetSpan} a span of the text of target sentence {@code targetSentence} (UTF-16 offsets into
 * {@link aligncheck.text.Sentence#text()}). A sentence index is -1 when the finding has no sentence on that side;
 * a span is null when there is nothing to point at (a missing rendering).
 *
 * @param checkId     stable UPPER_SNAKE id, e.g. NAME_MISTRANSLATED
 * @param linkIndex   the alignment link the finding belongs to, or -1
 * @param sourceText  the source span's text, or null
 * @param targetText  the offending target span's text, or null
 * @param suggestions replacements for {@code targetText} (or text to add), best first; may be empty
 * @param entryId     the glossary entry involved, or null
 * @param confidence  in [0,1]: how sure the check is (1 for rule-based certainties such as a listed wrong form)
 */
public record Finding(String checkId, Severity severity, IssueKind kind, int linkIndex,
                      int sourceSentence, Span sourceSpan, String sourceText,
                      int targetSentence, Span targetSpan, String targetText,
                      List<String> suggestions, String message, String entryId, double confidence) {
    /** A finding the check is sure of (confidence 1). */
    public Finding(String checkId, Severity severity, IssueKind kind, int linkIndex,
                   int sourceSentence, Span sourceSpan, String sourceText,
                   int targetSentence, Span targetSpan, String targetText,
                   List<String> suggestions, String message, String entryId) {
        this(checkId, severity, kind, linkIndex, sourceSentence, sourceSpan, sourceText, targetSentence, targetSpan,
                targetText, suggestions, message, entryId, 1.0);
    }

    public Finding {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        suggestions = List.copyOf(suggestions);
        if ((sourceSpan == null) != (sourceText == null) || (targetSpan == null) != (targetText == null)) {
            throw new IllegalArgumentException("span and text must both be given or both be null");
        }
        if (sourceSpan != null && sourceSpan.length() != sourceText.length()
                || targetSpan != null && targetSpan.length() != targetText.length()) {
            throw new IllegalArgumentException("span length differs from its text");
        }
        if (sourceSpan != null && sourceSentence < 0 || targetSpan != null && targetSentence < 0) {
            throw new IllegalArgumentException("a span needs its sentence index");
        }
    }

    /** The first suggestion, or null. */
    public String suggestion() {
        return suggestions.isEmpty() ? null : suggestions.get(0);
    }
}
