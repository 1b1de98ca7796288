package aligncheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormalizedTextTest {
    /** Real sentences plus every kind of unit: compatibility forms, ligatures, surrogates, combining marks. */
    static final String MIXED = "美國國防部長赫格塞思週二表示，日本應將防衛開支提高到ＧＤＰ的３．５％。\r\n"
            + "白宮新聞秘書卡羅琳・萊維特說，總統將於下週訪問東京。\r\n"
            + "岩屋毅外相は８日、記者会見で「日米同盟は揺るがない」と述べた。ｶﾞｯﾂ石松と㍻元年の話。\n"
            + "Treasury Secretary Scott Bessent met Ryosei Akazawa\u00A0in Washington; “It’s a ﬁne deal,” he said.\n"
            + "𠮷野家の𝐀𝐁𝐂、José Martí (Jose\u0301 Marti\u0301) und Jean‐Pierre O’Brien −3℃\u3000①㈱\tend";

    @Test
    void fullWidthLatinAndDigitsBecomeAsciiAndMapBack() {
        NormalizedText t = NormalizedText.of("日本应将防卫开支提高到ＧＤＰ的３．５％。");
        assertEquals("日本应将防卫开支提高到GDP的3.5%。", t.normalized());

        int found = t.normalized().indexOf("3.5%");
        Span original = t.toOriginal(new Span(found, found + 4));

        assertEquals("３．５％", original.of(t.original()));
        assertEquals("ＧＤＰ", t.toOriginal(new Span(11, 14)).of(t.original()));
        assertEquals(new Span(found, found + 4), t.toNormalized(original));
    }

    @Test
    void fullWidthSample() {
        assertEquals("GDP3.5%", NormalizedText.normalize("ＧＤＰ３．５％"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"卡羅琳・萊維特", "卡罗琳·莱维特", "卡羅琳‧萊維特", "卡罗琳･莱维特", "卡羅琳•萊維特", "卡罗琳∙莱维特"})
    void nameWithAnyMiddleDotAndScriptNormalizesAlike(String name) {
        assertEquals("卡罗琳·莱维特", NormalizedText.normalize(name));
    }

    @Test
    void foundNameMapsBackToTheExactOriginalSubstring() {
        NormalizedText t = NormalizedText.of("白宮新聞秘書卡羅琳・萊維特說，總統將於下週訪問東京。");
        String needle = NormalizedText.normalize("卡罗琳·莱维特");

        int at = t.normalized().indexOf(needle);

        assertEquals("卡羅琳・萊維特", t.toOriginal(new Span(at, at + needle.length())).of(t.original()));
    }

    @ParameterizedTest
    @CsvSource({"貝森特, 贝森特", "國防部長, 国防部长", "川普, 川普", "賴清德, 赖清德", "美國國防部長赫格塞思, 美国国防部长赫格塞思"})
    void traditionalChineseBecomesSimplified(String traditional, String simplified) {
        assertEquals(simplified, NormalizedText.normalize(traditional));
        assertEquals(simplified, NormalizedText.normalize(simplified));
    }

    @ParameterizedTest
    @ValueSource(strings = {"赤沢", "岩屋毅", "石破茂", "赤沢亮正", "岸田文雄", "石破茂首相"})
    void japaneseNamesWithShinjitaiSurviveEitherWay(String name) {
        assertEquals(name, NormalizedText.normalize(name));
        assertEquals(name, NormalizedText.normalize(name, Language.JA));
    }

    @Test
    void chineseConversionRewritesSomeJapaneseKanjiSoJapaneseSkipsIt() {
        String names = "鈴木 東京 加藤勝信 後藤 広島";
        assertEquals("铃木 东京 加藤胜信 后藤 広岛", NormalizedText.normalize(names));
        assertEquals(names, NormalizedText.normalize(names, Language.JA));
        assertEquals("国防部长", NormalizedText.normalize("國防部長", Language.ZH));
        assertEquals("国防部长", NormalizedText.normalize("國防部長", Language.EN));
    }

    @Test
    void japaneseSentenceKeepsKanaAndKanjiAndFoldsOnlyWidth() {
        String sentence = "岩屋毅外相は８日、記者会見で「日米同盟は揺るがない」と述べた。";
        assertEquals("岩屋毅外相は8日、記者会見で「日米同盟は揺るがない」と述べた。",
                NormalizedText.normalize(sentence, Language.JA));
        assertEquals("岩屋毅外相は8日、记者会见で「日米同盟は揺るがない」と述べた。", NormalizedText.normalize(sentence));
    }

    @Test
    void halfWidthKatakanaWithVoicedMarkIsOneUnit() {
        NormalizedText t = NormalizedText.of("ｶﾞｯﾂ石松");
        assertEquals("ガッツ石松", t.normalized());
        assertEquals(new Span(0, 2), t.toOriginal(new Span(0, 1)));
        assertEquals(2, t.toOriginal(1));
        assertEquals(0, t.toNormalized(1), "inside ｶﾞ rounds down");
        assertEquals(new Span(0, 1), t.toNormalized(new Span(1, 2)), "widened to the whole unit");
        assertEquals("ガ", NormalizedText.normalize("ｶ\u3099"));
    }

    @Test
    void oneCodePointBecomingSeveralCharsMapsThemAllToIt() {
        NormalizedText t = NormalizedText.of("㍻元年、ﬁnal");
        assertEquals("平成元年、final", t.normalized());
        assertEquals(0, t.toOriginal(0));
        assertEquals(0, t.toOriginal(1));
        assertEquals(new Span(0, 1), t.toOriginal(new Span(1, 2)), "成 alone still comes from all of ㍻");
        assertEquals(new Span(0, 2), t.toOriginal(new Span(0, 3)));
        assertEquals(2, t.toNormalized(1));
        assertEquals("ﬁ", t.toOriginal(new Span(5, 6)).of(t.original()));
        assertEquals(new Span(5, 7), t.toNormalized(new Span(4, 5)));
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        NormalizedText t = NormalizedText.of("𠮷野家の𝐀𝐁𝐂");
        assertEquals("𠮷野家のABC", t.normalized());
        int b = t.normalized().indexOf('B');
        assertEquals("𝐁", t.toOriginal(new Span(b, b + 1)).of(t.original()));
        assertEquals(new Span(0, 2), t.toOriginal(new Span(0, 1)), "half of 𠮷 maps to all of it");
        assertEquals(0, t.toNormalized(1));
        assertEquals(b, t.toNormalized(t.original().indexOf("𝐁") + 1));
    }

    @Test
    void combiningMarksJoinTheirBase() {
        NormalizedText t = NormalizedText.of("Jose\u0301 Martí");
        assertEquals("José Martí", t.normalized());
        assertEquals(new Span(3, 5), t.toOriginal(new Span(3, 4)));
        assertEquals(NormalizedText.normalize("José"), NormalizedText.normalize("Jose\u0301"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "\u00B7|·", "\u30FB|·", "\uFF65|·", "\u2022|·", "\u2027|·", "\u22C5|·", "\u2219|·",
        "\u2010|-", "\u2011|-", "\u2012|-", "\u2013|-", "\u2212|-", "\uFF0D|-",
        "\u2019|'", "\u2018|'", "\u02BC|'", "\uFF07|'",
        "\u201C|\"", "\u201D|\""})
    void namePunctuationIsFolded(String from, String to) {
        assertEquals("a" + to + "b", NormalizedText.normalize("a" + from + "b"));
    }

    @Test
    void everyWhiteSpaceBecomesOneSpaceEach() {
        NormalizedText t = NormalizedText.of("赫格塞思\u3000表示\u00A0a\tb\r\nc\u2028d\u202Fe");
        assertEquals("赫格塞思 表示 a b  c d e", t.normalized());
        assertEquals(t.original().length(), t.normalized().length());
    }

    @Test
    void caseAndOtherPunctuationAreKept() {
        assertEquals("Bessent BESSENT — 〜", NormalizedText.normalize("Bessent BESSENT — 〜"));
    }

    @Test
    void emptyText() {
        NormalizedText t = NormalizedText.of("");
        assertEquals("", t.normalized());
        assertEquals(0, t.toOriginal(0));
        assertEquals(0, t.toNormalized(0));
        assertEquals(new Span(0, 0), t.toOriginal(new Span(0, 0)));
    }

    @Test
    void offsetsOutsideTheTextsAreRejected() {
        NormalizedText t = NormalizedText.of("㍻元年");
        assertThrows(IndexOutOfBoundsException.class, () -> t.toOriginal(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> t.toOriginal(5));
        assertThrows(IndexOutOfBoundsException.class, () -> t.toOriginal(new Span(2, 5)));
        assertThrows(IndexOutOfBoundsException.class, () -> t.toNormalized(4));
        assertThrows(IndexOutOfBoundsException.class, () -> t.toNormalized(new Span(0, 4)));
        assertEquals(3, t.toOriginal(4));
        assertEquals(4, t.toNormalized(3));
    }

    @Test
    void endsMapToEnds() {
        for (Language language : Language.values()) {
            NormalizedText t = NormalizedText.of(MIXED, language);
            assertEquals(0, t.toOriginal(0));
            assertEquals(MIXED.length(), t.toOriginal(t.normalized().length()));
            assertEquals(t.normalized().length(), t.toNormalized(MIXED.length()));
            assertEquals(new Span(0, MIXED.length()), t.toOriginal(new Span(0, t.normalized().length())));
        }
    }

    @Test
    void normalizeIsOfNormalizedAndIdempotent() {
        for (Language language : Language.values()) {
            String once = NormalizedText.normalize(MIXED, language);
            assertEquals(NormalizedText.of(MIXED, language).normalized(), once);
            assertEquals(once, NormalizedText.normalize(once, language));
        }
        assertEquals(NormalizedText.of(MIXED).normalized(), NormalizedText.normalize(MIXED));
    }

    @Test
    void mapsAreMonotoneAndNeverSplitCodePoints() {
        NormalizedText t = NormalizedText.of(MIXED);
        for (int n = 0; n <= t.normalized().length(); n++) {
            int o = t.toOriginal(n);
            assertTrue(n == 0 || t.toOriginal(n - 1) <= o, "toOriginal at " + n);
            assertTrue(o == MIXED.length() || !Character.isLowSurrogate(MIXED.charAt(o)), "splits a pair at " + n);
        }
        for (int o = 1; o <= MIXED.length(); o++) {
            assertTrue(t.toNormalized(o - 1) <= t.toNormalized(o), "toNormalized at " + o);
        }
    }

    @Test
    void randomNormalizedSpansMapBackToOriginalTextThatNormalizesToThem() {
        Random random = new Random(20250608);
        for (Language language : Language.values()) {
            NormalizedText t = NormalizedText.of(MIXED, language);
            String normalized = t.normalized();
            for (int i = 0; i < 2000; i++) {
                int a = unitBoundaryAtOrBefore(t, random.nextInt(normalized.length() + 1));
                int b = unitBoundaryAtOrBefore(t, random.nextInt(normalized.length() + 1));
                Span span = new Span(Math.min(a, b), Math.max(a, b));

                Span original = t.toOriginal(span);

                assertEquals(span.of(normalized), NormalizedText.normalize(original.of(MIXED), language),
                        language + " " + span + " <- " + original);
                assertEquals(span, t.toNormalized(original), language + " " + span);
            }
        }
    }

    @Test
    void randomOriginalSpansNormalizeToTheirNormalizedSpan() {
        Random random = new Random(7);
        NormalizedText t = NormalizedText.of(MIXED);
        for (int i = 0; i < 2000; i++) {
            int a = random.nextInt(MIXED.length() + 1);
            int b = random.nextInt(MIXED.length() + 1);
            Span span = new Span(Math.min(a, b), Math.max(a, b));

            Span normalized = t.toNormalized(span);
            Span covering = t.toOriginal(normalized);

            assertTrue(covering.contains(span) || span.isEmpty(), span + " -> " + normalized + " -> " + covering);
            assertEquals(normalized.of(t.normalized()), NormalizedText.normalize(covering.of(MIXED)), span.toString());
        }
    }

    /** The largest normalized offset <= x that starts a unit's normalization (or is the end). */
    private static int unitBoundaryAtOrBefore(NormalizedText t, int x) {
        while (t.toNormalized(t.toOriginal(x)) != x) {
            x--;
        }
        return x;
    }
}
