package aligncheck.gui;

import aligncheck.review.Side;
import aligncheck.text.Span;

/**
 * A coloured span of one sentence in the side-by-side view.
 *
 * @param sentence the sentence index on {@code side}
 * @param span     offsets into the sentence text
 * @param group    highlights of the same group are one name and its rendering (hovering one lights up the
 *                 other); -1 for none
 * @param tooltip  a short explanation shown on hover
 */
public record Highlight(Side side, int sentence, Span span, HighlightKind kind, int group, String tooltip) {
}
