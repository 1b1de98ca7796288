package aligncheck.segment;

import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code --lines} mode: every line is one sentence, without segmentation, for texts already split one sentence
 * per line (such as evaluation data, whose gold links index lines 0-based over all lines of the file).
 *
 * <p>Invariant: sentence {@code i} is line {@code i + 1}, for every line — an empty or blank line gives a sentence with
 * empty text (its span is empty, at the line's first non-blank position or its start), so that sentence indices stay
 * equal to line numbers − 1. Lines end at {@code \n}, {@code \r\n} or {@code \r}; a single line terminator at the end
 * of the text does not create a last empty sentence (so {@code "a\nb\n"} gives 2 sentences, {@code "a\nb\n\n"} gives
 * 3, and {@code ""} none). One-sentence-per-line files carry no paragraph structure except blank lines: the
 * paragraph index is the number of blank lines before the line (so a file without blank lines is one paragraph,
 * and the aligner gets no false paragraph hints). Text is trimmed of
 * surrounding white space as in every splitter. Thread-safe (stateless).
 */
public final class LineSplitter implements SentenceSplitter {
    @Override
    public List<Sentence> split(String text) {
        List<Line> lines = new LineTable(text).lines();
        List<Sentence> sentences = new ArrayList<>(lines.size());
        int paragraph = 0;
        for (Line line : lines) {
            int start = line.start();
            int end = line.end();
            while (start < end && Whitespace.is(text.charAt(start))) {
                start++;
            }
            while (end > start && Whitespace.is(text.charAt(end - 1))) {
                end--;
            }
            int index = line.number() - 1;
            sentences.add(new Sentence(index, text.substring(start, end), new Span(start, end), paragraph,
                    line.number()));
            if (start == end) {
                paragraph++;
            }
        }
        return Collections.unmodifiableList(sentences);
    }
}
