package aligncheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorExtractorTest {
    private final AnchorExtractor plain = new AnchorExtractor(List.of());

    @Test
    void chineseNumeralsParse() {
        assertEquals(2013, ChineseNumeral.parse("二〇一三"));
        assertEquals(18, ChineseNumeral.parse("十八"));
        assertEquals(100, ChineseNumeral.parse("一百"));
        assertEquals(123, ChineseNumeral.parse("一百二十三"));
        assertEquals(35000, ChineseNumeral.parse("三万五千"));
        assertEquals(2000, ChineseNumeral.parse("两千"));
        assertEquals(130_000_000L + 100_000_000L, ChineseNumeral.parse("二亿三千万"));
        assertEquals(-1, ChineseNumeral.parse("十a"));
    }

    @Test
    void englishNumbersIncludeWordsOrdinalsAndMonths() {
        assertEquals(List.of("7", "7"), EnglishNumbers.numbers("July 7"));
        assertEquals(List.of("8"), EnglishNumbers.numbers("on the 8th"));
        assertEquals(List.of("1", "5", "2013"), EnglishNumbers.numbers("January 5, 2013"));
        assertEquals(List.of("18"), EnglishNumbers.numbers("eighteen decisions"));
        assertEquals(List.of("23"), EnglishNumbers.numbers("twenty-three"));
        assertEquals(List.of("105"), EnglishNumbers.numbers("one hundred and five"));
        assertEquals(List.of("3500000"), EnglishNumbers.numbers("3.5 million"));
        assertEquals(List.of("1000"), EnglishNumbers.numbers("1,000"));
        assertEquals(List.of(), EnglishNumbers.numbers("you may march on"));
    }

    @Test
    void datesMatchAcrossLanguages() {
        assertEquals(sorted(plain.targetKeys("January 5, 2013")), sorted(plain.sourceKeys("2013年1月5日")));
        assertEquals(sorted(plain.targetKeys("July 7")), sorted(plain.sourceKeys("7月7日")));
        assertEquals(sorted(plain.targetKeys("January 5, 2013")), sorted(plain.sourceKeys("二〇一三年一月五日")));
        assertEquals(List.of("n:8"), plain.sourceKeys("8日"));
    }

    @Test
    void sourceNumbersSkipIdiomsAndSmallBareNumerals() {
        assertEquals(List.of(), plain.sourceKeys("他十分高兴，一个人走了。"));
        assertEquals(List.of("n:18"), plain.sourceKeys("十八个人"));
        assertEquals(List.of("n:50"), plain.sourceKeys("百分之五十"));
        assertEquals(List.of("n:7.5"), plain.sourceKeys("增长７.５％"));
        assertEquals(List.of("n:30000"), plain.sourceKeys("3万"));
    }

    @Test
    void latinTokensPunctuationAndNames() {
        AnchorExtractor names = new AnchorExtractor(List.of(new AlignHints.NamePair("习近平", List.of("Xi Jinping"))));
        List<String> src = names.sourceKeys("习近平说，GDP增长了吗？见www.gov.cn。");
        assertTrue(src.containsAll(List.of("w:gdp", "w:www.gov.cn", "name:0", "p:?")), src.toString());
        List<String> tgt = names.targetKeys("Did GDP grow, Xi Jinping asked? See www.gov.cn.");
        assertTrue(tgt.containsAll(src), tgt.toString());
        assertTrue(!names.targetKeys("Xi Jinpingism").contains("name:0"));
        assertEquals(List.of("p:q<", "p:q>"), plain.sourceKeys("“走吧。”"));
    }

    /** Quotation structure: where a speech opens and closes, apostrophes used as quotes told from contractions. */
    @Test
    void quotationsOpenAndCloseOnBothSides() {
        // mac-dev-zhen's translations quote speech with single quotes: 'Well? … Give in?'
        assertEquals(List.of("p:?", "p:q<"), punctuation(plain.targetKeys("'Well?")));
        assertEquals(List.of("p:?", "p:q>"), punctuation(plain.targetKeys("Give in?'")));
        assertEquals(List.of("p:!", "p:q<", "p:q>"), punctuation(plain.targetKeys("'It's easy for you to talk!' said Gou-er.")));
        assertEquals(List.of(), punctuation(plain.targetKeys("The boys' den wasn't far, and the ol' man didn't care.")));
        assertEquals(List.of("p:q<"), punctuation(plain.targetKeys("He said: “We must go")));
        assertEquals(List.of("p:q>"), punctuation(plain.targetKeys("and that was all.’")));
        assertEquals(List.of("p:q<", "p:q>"), punctuation(plain.targetKeys("He called it \"reform\" loudly.")));
        // the source side: an opening without its close (the speech goes on in the next sentence)
        assertEquals(List.of("p:q<"), punctuation(plain.sourceKeys("狗儿听了道：“你老只会在炕头上坐着混说。")));
        assertEquals(List.of("p:q<", "p:q>"), punctuation(plain.sourceKeys("欧米同学会は「中国留学人員連誼会」という")));
    }

    private static List<String> punctuation(List<String> keys) {
        return keys.stream().filter(k -> k.startsWith("p:")).toList();
    }

    private static List<String> sorted(List<String> keys) {
        return keys.stream().filter(k -> k.startsWith("n:")).sorted().toList();
    }
}
