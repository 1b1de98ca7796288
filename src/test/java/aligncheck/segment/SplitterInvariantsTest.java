package aligncheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.text.Language;
import aligncheck.text.LoadedText;
import aligncheck.text.Sentence;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link aligncheck.segment.SentenceSplitter} contract, checked for every splitter on every test text and on
 * variants of it (Windows and old Mac line ends, blank-line paragraphs, indentation, hard wrapping).
 */
class SplitterInvariantsTest {

    static Stream<Arguments> cases() {
        List<String> english = variants(GoldText.load("en-news.gold.txt", " ").text());
        List<String> chinese = variants(GoldText.load("zh-news.gold.txt", "").text());
        List<String> japanese = variants(GoldText.load("ja-news.gold.txt", "").text());
        return Stream.of(
                english.stream().map(t -> Arguments.of("en", new EnglishSplitter(), t)),
                chinese.stream().map(t -> Arguments.of("zh", new ChineseJapaneseSplitter(Language.ZH), t)),
                japanese.stream().map(t -> Arguments.of("ja", new ChineseJapaneseSplitter(Language.JA), t)),
                Stream.of(english, chinese, japanese).flatMap(List::stream)
                        .map(t -> Arguments.of("lines", new LineSplitter(), t))
        ).flatMap(s -> s);
    }

    private static List<String> variants(String text) {
        return List.of(
                text,
                text.replace("\n", "\r\n") + "\r\n",
                text.replace("\n", "\r"),
                "\n \n" + text.replace("\n", "\n\t\n") + "\n\n",
                "　　" + text.replace("\n", "\n　　"),
                wrap(text, 38),
                wrap(text, 72));
    }

    /** Hard-wraps every line at {@code width} chars. */
    private static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            for (int i = 0; i < line.length(); i += width) {
                out.append(line, i, Math.min(line.length(), i + width)).append('\n');
            }
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("cases")
    void sentencesHonourTheContract(String name, SentenceSplitter splitter, String text) {
        List<Sentence> sentences = splitter.split(text);
        LoadedText loaded = new LoadedText(null, text, StandardCharsets.UTF_8);
        boolean lines = splitter instanceof LineSplitter;
        int previousEnd = 0;
        int previousParagraph = 0;
        boolean[] covered = new boolean[text.length()];
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertEquals(i, s.index());
            assertEquals(s.text(), s.span().of(text), "text is the original substring");
            assertEquals(s.text(), s.text().strip(), "text is trimmed");
            assertTrue(lines || !s.text().isEmpty(), "only LineSplitter gives empty sentences");
            assertTrue(s.span().start() >= previousEnd, "sentences are ordered and disjoint");
            assertTrue(i == 0 ? s.paragraph() == 0
                    : s.paragraph() == previousParagraph || s.paragraph() == previousParagraph + 1,
                    "paragraphs count up from 0 without gaps");
            assertEquals(loaded.lineOf(s.span().start()), s.line(), "line of the first character");
            assertFalse(s.text().contains("\n\n") || s.text().contains("\r\r") || s.text().contains("\n\r\n"),
                    "no sentence crosses a blank line");
            for (int c = s.span().start(); c < s.span().end(); c++) {
                covered[c] = true;
            }
            previousEnd = s.span().end();
            previousParagraph = s.paragraph();
        }
        for (int c = 0; c < text.length(); c++) {
            assertTrue(covered[c] || Whitespace.is(text.charAt(c)), "text lost at " + c);
        }
    }
}
