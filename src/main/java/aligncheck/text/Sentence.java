package aligncheck.text;

/**
 * One sentence of a loaded document.
 *
 * @param index     0-based position among the document's sentences
 * @param text      the sentence exactly as in the original text (trimmed of surrounding white space)
 * @param span      where {@code text} lies in the original document text: {@code doc.substring(span) == text}
 * @param paragraph 0-based index of the paragraph (blank-line or line-break separated block) it belongs to
 * @param line      1-based line number in the file where the sentence starts
 */
public record Sentence(int index, String text, Span span, int paragraph, int line) {
    public Sentence {
        if (index < 0 || paragraph < 0 || line < 1) {
            throw new IllegalArgumentException("bad sentence position " + index + "/" + paragraph + "/" + line);
        }
        if (text == null || span == null || span.length() != text.length()) {
            throw new IllegalArgumentException("sentence text and span disagree: " + span + " '" + text + "'");
        }
    }
}
