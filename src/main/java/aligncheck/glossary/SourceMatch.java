package aligncheck.glossary;

import aligncheck.text.Span;

/**
 * A source form of a glossary entry found in a source text.
 *
 * @param span span of the original (not normalized) text
 * @param text the original text of the span
 */
public record SourceMatch(GlossaryEntry entry, Span span, String text) {
}
