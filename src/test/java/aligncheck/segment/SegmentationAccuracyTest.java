package aligncheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.text.Language;
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
}
