package aligncheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import aligncheck.text.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {
    private final LineSplitter splitter = new LineSplitter();

    @Test
    void everyLineIsOneSentenceWithoutSegmentation() {
        List<Sentence> sentences = splitter.split("美国总统特朗普7日发布信函。白宫展示了这封信。\nSecond line. Still one.\n");

        assertEquals(List.of("美国总统特朗普7日发布信函。白宫展示了这封信。", "Second line. Still one."), texts(sentences));
    }

    @Test
    void emptyAndBlankLinesStaySentencesSoIndicesEqualLineNumbersMinusOne() {
        String text = "first\n\n  \nfourth\r\n\rsixth";
        List<Sentence> sentences = splitter.split(text);

        assertEquals(List.of("first", "", "", "fourth", "", "sixth"), texts(sentences));
        for (Sentence s : sentences) {
            assertEquals(s.index() + 1, s.line());
            assertEquals(s.text(), s.span().of(text));
        }
        assertEquals(List.of(0, 0, 1, 2, 2, 3), sentences.stream().map(Sentence::paragraph).toList(),
                "a blank line ends a paragraph; lines without one between them share it");
    }

    @Test
    void aSingleTrailingNewlineAddsNoSentenceButASecondOneDoes() {
        assertEquals(2, splitter.split("a\nb\n").size());
        assertEquals(2, splitter.split("a\r\nb\r\n").size());
        assertEquals(3, splitter.split("a\nb\n\n").size());
        assertEquals(1, splitter.split("\n").size());
        assertEquals(0, splitter.split("").size());
    }

    @Test
    void sentencesAreTrimmedButKeepTheirOriginalSpans() {
        String text = "  padded line \t\n　全角空格　";
        List<Sentence> sentences = splitter.split(text);

        assertEquals(List.of("padded line", "全角空格"), texts(sentences));
        assertEquals(2, sentences.get(0).span().start());
        assertEquals(text.indexOf('全'), sentences.get(1).span().start());
    }

    private static List<String> texts(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).toList();
    }
}
