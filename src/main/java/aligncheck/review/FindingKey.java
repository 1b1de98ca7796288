package aligncheck.review;

import aligncheck.check.Finding;

/**
 * What identifies a finding across re-checks and edits, so that an ignored finding stays ignored: the check, the
 * glossary entry, the source occurrence and the offending target text. Sentence indices are stable in a review
 * (edits never add or remove sentences); link indices and target offsets are not, so neither is part of the key.
 *
 * @param sourceStart start of the source span in its sentence, or -1
 * @param targetText  the offending target text, or null
 */
public record FindingKey(String checkId, String entryId, int sourceSentence, int sourceStart, String sourceText,
                         int targetSentence, String targetText) {
    public static FindingKey of(Finding f) {
        return new FindingKey(f.checkId(), f.entryId(), f.sourceSentence(),
                f.sourceSpan() == null ? -1 : f.sourceSpan().start(), f.sourceText(), f.targetSentence(),
                f.targetText());
    }

    public boolean matches(Finding f) {
        return equals(of(f));
    }
}
