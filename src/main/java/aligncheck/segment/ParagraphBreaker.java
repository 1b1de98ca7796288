package aligncheck.segment;

import aligncheck.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into paragraphs: maximal runs of non-blank lines joined by a {@link HardWrapRule}.
 *
 * <p>Blank lines (only white space) belong to no paragraph. Each paragraph span runs from the first character of its
 * first line to the end of its last line's content (terminator excluded), so it holds the line breaks it was joined
 * across; it is not yet trimmed.
 */
final class ParagraphBreaker {
    private final HardWrapRule rule;

    ParagraphBreaker(HardWrapRule rule) {
        this.rule = rule;
    }

    List<Span> paragraphs(String text, LineTable table) {
        List<Line> lines = table.lines();
        int widest = 0;
        for (Line line : lines) {
            widest = Math.max(widest, HardWrapRule.width(line.content(text)));
        }
        List<Span> paragraphs = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank(text)) {
                i++;
                continue;
            }
            int first = i;
            while (i + 1 < lines.size()
                    && !lines.get(i + 1).isBlank(text)
                    && rule.joins(lines.get(i).content(text), lines.get(i + 1).content(text), widest)) {
                i++;
            }
            paragraphs.add(new Span(lines.get(first).start(), lines.get(i).end()));
            i++;
        }
        return paragraphs;
    }
}
