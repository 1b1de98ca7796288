package aligncheck.segment;

import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The pipeline shared by the sentence splitters: paragraphs by a {@link HardWrapRule}, sentence cuts inside each
 * paragraph by a {@link BoundaryFinder} (which sees the paragraph as a {@link JoinedParagraph}), then
 * {@link Sentence}s built from the pieces.
 *
 * <p>Invariants of the result: sentences are in text order and never overlap; each text is the exact original
 * substring at its span, trimmed of white space (see {@link Whitespace}); pieces that are only white space are
 * dropped; {@code paragraph} counts non-blank paragraphs from 0; {@code line} is the line of the first character.
 */
final class ParagraphSegmentation {
    private final ParagraphBreaker breaker;
    private final BoundaryFinder finder;
    private final boolean lineBreakAsSpace;

    ParagraphSegmentation(HardWrapRule wrapRule, BoundaryFinder finder) {
        this.breaker = new ParagraphBreaker(wrapRule);
        this.finder = finder;
        this.lineBreakAsSpace = wrapRule.lineBreakAsSpace();
    }

    List<Sentence> split(String text) {
        LineTable table = new LineTable(text);
        List<Sentence> sentences = new ArrayList<>();
        List<Span> paragraphs = breaker.paragraphs(text, table);
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            JoinedParagraph joined = JoinedParagraph.of(para.of(text), lineBreakAsSpace);
            List<Integer> cuts = new ArrayList<>();
            for (int cut : finder.cuts(joined.text())) {
                cuts.add(joined.originalOffset(cut));
            }
            cuts.add(para.length());
            int from = 0;
            for (int cut : cuts) {
                if (cut <= from || cut > para.length()) {
                    continue;
                }
                Span piece = trim(text, para.start() + from, para.start() + cut);
                if (!piece.isEmpty()) {
                    sentences.add(new Sentence(sentences.size(), piece.of(text), piece, p, table.lineOf(piece.start())));
                }
                from = cut;
            }
        }
        return Collections.unmodifiableList(sentences);
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Whitespace.is(text.charAt(start))) {
            start++;
        }
        while (end > start && Whitespace.is(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
