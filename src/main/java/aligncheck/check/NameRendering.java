package aligncheck.check;

import aligncheck.glossary.GlossaryEntry;
import aligncheck.text.Span;

/**
 * What the translation made of one glossary name (or title) in one link: the source occurrence, and the target
 * span that renders it (right or wrong), or none.
 *
 * <p>Spans are relative to the text of their sentence, as in {@link Finding}. {@code targetSentence} is -1 and
 * {@code targetSpan} null for a {@link Status#MISSING} rendering whose link has no target sentence.
 *
 * @param knownWrong  for WRONG: the target text is one of the entry's listed wrong renderings
 * @param suggestion  for WRONG and MISSING: the accepted form to use; null for RIGHT
 */
public record NameRendering(GlossaryEntry entry, int linkIndex, int sourceSentence, Span sourceSpan,
                            String sourceText, Status status, int targetSentence, Span targetSpan,
                            String targetText, boolean knownWrong, String suggestion) {

    /** Right: an accepted form is there. Wrong: another name stands there. Missing: no rendering at all. */
    public enum Status { RIGHT, WRONG, MISSING }

    /** "Pete Hegseth, U.S. Secretary of Defense since 2025" — for messages. */
    public String entryLabel() {
        String d = entry.description();
        return d.isEmpty() ? entry.english() : entry.english() + ", " + d;
    }
}
