package aligncheck.segment;

import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The pipeline shared by the sentence splitters: paragraphs by a {@link HardWrapRule}, sentence cuts inside each
 * paragraph by a {@link BoundaryFinder}, then {@link Sentence}s built from the pieces.
 *
 * <p>Invariants of the result: sentences are in text order and never overlap; each text is the exact original
 * substring at its span, trimmed of white space (see {@link Whitespace}); pieces that are only white space are
 * dropped; {@code paragraph} counts non-blank paragraphs from 0; {@code line} is the line of the first character.
 */
final class ParagraphSegmentation {
    private final ParagraphBreaker breaker;
    private final BoundaryFinder finder;

    ParagraphSegmentation(HardWrapRule wrapRule, BoundaryFinder finder) {
        this.breaker = new ParagraphBreaker(wrapRule);
        this.finder = finder;
    }

    List<Sentence> split(String text) {
        LineTable table = new LineTable(text);
        List<Sentence> sentences = new ArrayList<>();
        List<Span> paragraphs = breaker.paragraphs(text, table);
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            String flat = flatten(para.of(text));
            int from = 0;
            List<Integer> cuts = new ArrayList<>(finder.cuts(flat));
            cuts.add(flat.length());
            for (int cut : cuts) {
                if (cut <= from || cut > flat.length()) {
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

    /** The paragraph with every line-break character replaced by a space; same length, same offsets. */
    static String flatten(String paragraph) {
        return paragraph.replace('\n', ' ').replace('\r', ' ');
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
