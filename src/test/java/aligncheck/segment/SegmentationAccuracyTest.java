package aligncheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.text.Language;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sentences right / total on hand-split news texts, for the corrected splitters and for the bare model (OpenNLP)
 * or break iterator (ICU) they correct. The corrected splitters must get every gold sentence; the bare ones must
 * do measurably worse, or the corrections would be dead weight.
 */
class SegmentationAccuracyTest {

    static Stream<Arguments> corpora() {
        return Stream.of(
                Arguments.of("en-news.gold.txt", " ", new EnglishSplitter(), EnglishSplitter.modelOnly()),
                Arguments.of("zh-news.gold.txt", "", new ChineseJapaneseSplitter(Language.ZH),
                        ChineseJapaneseSplitter.icuOnly(Language.ZH)),
                Arguments.of("ja-news.gold.txt", "", new ChineseJapaneseSplitter(Language.JA),
                        ChineseJapaneseSplitter.icuOnly(Language.JA)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void correctedSplitterGetsEveryGoldSentenceAndBeatsTheBareOne(
            String resource, String separator, SentenceSplitter corrected, SentenceSplitter bare) {
        GoldText gold = GoldText.load(resource, separator);
        int total = gold.sentences().size();
        int right = gold.rightOf(corrected.split(gold.text()));
        int bareRight = gold.rightOf(bare.split(gold.text()));
        System.out.printf("%s: bare %d/%d, corrected %d/%d%n", resource, bareRight, total, right, total);

        assertEquals(total, right, () -> "missed: " + gold.missedBy(corrected.split(gold.text())));
        assertTrue(bareRight < right, "the corrections gain nothing on " + resource);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void hardWrappedTextSplitsLikeTheUnwrappedText(
            String resource, String separator, SentenceSplitter corrected, SentenceSplitter bare) {
        GoldText gold = GoldText.load(resource, separator);
        String wrapped = separator.isEmpty() ? wrapChars(gold.text(), 36) : wrapWords(gold.text(), 72);
        assertTrue(wrapped.lines().count() > gold.text().lines().count() * 2, "the test text is really wrapped");

        List<String> unwrapped = corrected.split(wrapped).stream()
                .map(s -> separator.isEmpty() ? s.text().replace("\n", "") : s.text().replace('\n', ' '))
                .toList();
        assertEquals(gold.sentences().stream().map(s -> s.of(gold.text())).toList(), unwrapped);
    }

    /** Wraps each line after every {@code width} characters (Chinese and Japanese need no spaces). */
    private static String wrapChars(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            for (int i = 0; i < line.length(); i += width) {
                out.append(line, i, Math.min(line.length(), i + width)).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Wraps each line at spaces, greedily, to at most {@code width} characters, a blank line between paragraphs. */
    private static String wrapWords(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            int column = 0;
            for (String word : line.split(" ")) {
                if (column > 0 && column + 1 + word.length() > width) {
                    out.append('\n');
                    column = 0;
                } else if (column > 0) {
                    out.append(' ');
                    column++;
                }
                out.append(word);
                column += word.length();
            }
            out.append("\n\n");
        }
        return out.toString();
    }
}
