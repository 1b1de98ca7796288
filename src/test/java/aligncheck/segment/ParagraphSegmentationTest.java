package aligncheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.text.Sentence;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Paragraphs and hard-wrap joining, with a finder that cuts nowhere so each paragraph is one sentence. */
class ParagraphSegmentationTest {
    private static final BoundaryFinder NO_CUTS = paragraph -> new TreeSet<>();

    private final ParagraphSegmentation english = new ParagraphSegmentation(HardWrapRule.ENGLISH, NO_CUTS);
    private final ParagraphSegmentation cjk = new ParagraphSegmentation(HardWrapRule.CHINESE_JAPANESE, NO_CUTS);

    @Test
    void blankLinesAndSingleLineBreaksBothEndParagraphsInOneParagraphPerLineNews() {
        String text = "Tariffs and military expenses, the U.S. demands too much\n"
                + "The reason why the two sides have not reached an agreement lies in tariffs and military spending, "
                + "analysts said.\n"
                + "   \n"
                + "Photo source: Xinhua News Agency\n";
        List<Sentence> sentences = english.split(text);

        assertEquals(3, sentences.size());
        assertEquals(List.of(0, 1, 2), sentences.stream().map(Sentence::paragraph).toList());
        assertEquals(List.of(1, 2, 4), sentences.stream().map(Sentence::line).toList());
    }

    @Test
    void hardWrappedEnglishIsJoinedAcrossSingleLineBreaks() {
        String text = "Japanese Prime Minister Shigeru Ishiba said on Thursday that Japan\r\n"
                + "would not accept the tariff of 25 percent announced by Washington and\r\n"
                + "that talks would go on.\r\n"
                + "\r\n"
                + "Trade Minister Ryosei Akazawa is expected to travel to the United\r\n"
                + "States next week.\r\n";
        List<Sentence> sentences = english.split(text);

        assertEquals(2, sentences.size());
        Sentence first = sentences.get(0);
        assertTrue(first.text().startsWith("Japanese Prime") && first.text().endsWith("would go on."));
        assertTrue(first.text().contains("Japan\r\nwould"), "the original line break stays in the text");
        assertEquals(first.text(), first.span().of(text));
        assertEquals(1, first.line());
        assertEquals(1, sentences.get(1).paragraph());
        assertEquals(5, sentences.get(1).line());
    }

    @Test
    void aLowerCaseNextLineContinuesEvenWhenTheTextIsNotWrappedAtAFixedWidth() {
        String text = "The ministry said the new rules, which take effect in August and cover cars, steel and "
                + "aluminium as well as a long list of farm products from several countries,\n"
                + "would be reviewed.\nA second paragraph follows here.";
        List<Sentence> sentences = english.split(text);

        assertEquals(2, sentences.size());
        assertTrue(sentences.get(0).text().endsWith("cover cars, steel and aluminium as well as a long list of farm "
                + "products from several countries,\nwould be reviewed."));
    }

    @Test
    void lineEndingWithPunctuationOrShortHeadingStaysItsOwnParagraph() {
        String text = "Ally relationship shows cracks\n"
                + "After the new administration took office, its practice of targeting allies caused anxiety.\n"
                + "Several media outlets have criticized the United States for bullying its partners.\n";
        assertEquals(3, english.split(text).size());
    }

    @Test
    void hardWrappedChineseIsJoinedWhenTheLineIsLongAndLacksEndPunctuation() {
        String text = "美国总统特朗普7日在社交媒体上发布致14国领导人的信函，宣布自8月1日起对\n"
                + "日本等国商品加征关税。白宫新闻秘书当天在记者会上展示了这封信函的内容。\n"
                + "\n"
                + "关税和军费\n"
                + "美国要价太高，日方难以接受这一要求，双方分歧依然很大，谈判陷入僵局。\n";
        List<Sentence> sentences = cjk.split(text);

        assertEquals(3, sentences.size());
        assertTrue(sentences.get(0).text().contains("对\n日本"));
        assertEquals("关税和军费", sentences.get(1).text());
        assertEquals(List.of(0, 1, 2), sentences.stream().map(Sentence::paragraph).toList());
        assertEquals(List.of(1, 4, 5), sentences.stream().map(Sentence::line).toList());
    }

    @Test
    void aDocumentOfShortLinesIsNotTakenForAWrappedOne() {
        assertEquals(3, cjk.split("6. 片厂\n二、关税问题\n三、军费\n").size());
        assertEquals(3, english.split("Contents\nI. Tariffs\nII. Defense spending\n").size());
    }

    @Test
    void anIndentedLineStartsAParagraph() {
        String text = "　　美国总统特朗普7日在社交媒体上发布致14国领导人的信函，宣布自8月1日起对\n"
                + "　　日本等国商品加征关税，白宫新闻秘书当天在记者会上展示了这封信函的内容\n";
        assertEquals(2, cjk.split(text).size());
    }

    @Test
    void wideOneParagraphPerLineTextIsNeverJoinedByLength() {
        String line = "美国总统特朗普7日在社交媒体上发布致14国领导人的信函，宣布自8月1日起对日本等国商品加征关税，"
                + "白宫新闻秘书当天在记者会上展示了这封信函的内容，日本政府对此表示深感遗憾并将继续谈判";
        assertFalse(HardWrapRule.CHINESE_JAPANESE.joins(line, line, HardWrapRule.width(line)));
        assertEquals(2, cjk.split(line + "\n" + line).size());
    }
}
