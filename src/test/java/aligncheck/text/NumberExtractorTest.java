package aligncheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NumberExtractorTest {
    private final NumberExtractor extractor = new NumberExtractor();

    /** Each expression as "KIND text value": value is the amount, or y=/m=/d= for the fields stated. */
    private List<String> found(String text, Language lang) {
        List<NumberExpression> all = extractor.extract(text, lang);
        for (NumberExpression e : all) {
            assertEquals(e.text(), e.span().of(text), "span and text agree");
        }
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).span().end() <= all.get(i).span().start(), "in order, no overlap");
        }
        return all.stream().map(NumberExtractorTest::describe).toList();
    }

    private static String describe(NumberExpression e) {
        if (e.kind().hasAmount()) {
            return e.kind() + " " + e.text() + " " + e.amount().toPlainString();
        }
        StringBuilder b = new StringBuilder(e.kind() + " " + e.text());
        if (e.year() > 0) {
            b.append(" y=").append(e.year());
        }
        if (e.month() > 0) {
            b.append(" m=").append(e.month());
        }
        if (e.day() > 0) {
            b.append(" d=").append(e.day());
        }
        return b.toString();
    }

    @Nested
    class Chinese {
        private List<String> zh(String text) {
            return found(text, Language.ZH);
        }

        @Test
        void datesYearsAndPercentages() {
            assertEquals(List.of("DATE 7月7日 m=7 d=7", "DATE 2025年7月7日 y=2025 m=7 d=7", "PERCENT 5.3% 5.3",
                            "PERCENT 百分之零点二 0.2"),
                    zh("新华社北京7月7日电 2025年7月7日，国家统计局发布数据，上半年GDP同比增长5.3%，较一季度提高百分之零点二。"));
        }

        @Test
        void ordinalsYearsAndScaleWords() {
            assertEquals(List.of("ORDINAL 第27 27", "YEAR 2025年 y=2025", "NUMBER 3万 30000"),
                    zh("两国领导人同意，第27届峰会将于2025年举行，约3万名代表和一些专家出席。"));
        }

        @Test
        void chineseNumerals() {
            assertEquals(List.of("NUMBER 十四亿 1400000000", "NUMBER 二十七 27", "NUMBER 一百 100", "NUMBER 两千 2000"),
                    zh("中国有十四亿人口，两党共有二十七名议员，一百家企业，两千名工人。"));
            assertEquals(List.of("YEAR 二〇一三年 y=2013", "NUMBER 十八 18", "NUMBER 150 150"),
                    zh("二〇一三年，习近平提出一带一路倡议，十八大以来已有150多个国家参与。"));
            assertEquals(List.of("NUMBER 十八 18"), zh("十八岁的学生"));
        }

        @Test
        void mixedScalesSeparatorsAndPercentWords() {
            assertEquals(List.of("NUMBER 1.2亿 120000000", "PERCENT 百分之二十五 25", "NUMBER 3万5千 35000",
                            "NUMBER 1，000 1000", "NUMBER 2,345,678 2345678"),
                    zh("该项目投资1.2亿元，占总额的百分之二十五，另有3万5千人受益，达到1，000家，覆盖2,345,678人。"));
            assertEquals(List.of("NUMBER 三亿五千万 350000000", "NUMBER 一万亿 1000000000000",
                            "NUMBER 两千五百万 25000000", "NUMBER 三十多万 300000"),
                    zh("三亿五千万美元，一万亿元，两千五百万人，三十多万人。"));
        }

        @Test
        void fullWidthDigitsAndPercentagePoints() {
            assertEquals(List.of("PERCENT ３．５％ 3.5", "PERCENT 3个百分点 3", "PERCENT 五成 50", "NUMBER １２ 12"),
                    zh("同比增长３．５％，下降3个百分点，女性占五成，共１２人。"));
        }

        @Test
        void monthsDaysAndOrdinalCounters() {
            assertEquals(List.of("MONTH 6月 m=6", "DAY 8日 d=8", "DATE 12月31日 m=12 d=31", "DATE 7月7号 m=7 d=7",
                            "MONTH 2025年7月 y=2025 m=7", "ORDINAL 二十 20", "ORDINAL 十八 18"),
                    zh("截至6月底，8日上午，12月31日，7月7号，2025年7月，二十世纪，十八届三中全会。"));
        }

        @Test
        void quantityWordsAndIdiomsAreNotFigures() {
            assertEquals(List.of(), zh("两国两党一致同意，一些专家认为，两岸关系和一国两制都很重要。"));
            assertEquals(List.of(), zh("他十分重视五角大楼的报告，统一、唯一、百姓、万一、千方百计、千万不要、三峡、九州、四川。"));
            assertEquals(List.of(), zh("一个代表团，一次会议，三三两两，十四五规划，三四十人，几十人，十几个，三分之二，90年代。"));
            assertEquals(List.of("NUMBER 三 3", "NUMBER 两 2", "NUMBER 十 10"), zh("三名代表、两位部长和十分钟。"));
        }

        @Test
        void rangesOfDaysAndMonths() {
            assertEquals(List.of("DATE 9月22日 m=9 d=22", "DAY 26日 d=26", "MONTH 1 m=1", "MONTH 6月 m=6",
                            "DAY 3 d=3", "DAY 5日 d=5", "NUMBER 3 3", "NUMBER 5 5"),
                    zh("9月22日至26日，1-6月，3到5日，3至5人。"));
        }

        @Test
        void ordinalOneIsStillFound() {
            assertEquals(List.of("ORDINAL 第一 1", "ORDINAL 第三 3"), zh("第一次会谈，第三方"));
        }

        @Test
        void daysAreNotCurrencyOrDurations() {
            assertEquals(List.of("NUMBER 30 30", "NUMBER 3 3"), zh("花了30日元，停留3日间。"));
        }
    }

    @Nested
    class Japanese {
        private List<String> ja(String text) {
            return found(text, Language.JA);
        }

        @Test
        void yenTrillionsAndPercent() {
            assertEquals(List.of("YEAR 2025年 y=2025", "NUMBER 5000億 500000000000", "PERCENT 25パーセント 25",
                            "NUMBER 1.2兆 1200000000000"),
                    ja("政府は2025年度予算で5000億円を計上し、25パーセントの増加となり、赤字は1.2兆円に達した。"));
        }

        @Test
        void eraDatesAndCounters() {
            assertEquals(List.of("DATE 令和7年7月7日 y=2025 m=7 d=7", "NUMBER 二 2", "NUMBER 3,000 3000"),
                    ja("令和7年7月7日、東京で二人が負傷し、約3,000人が避難した。"));
            assertEquals(List.of("YEAR 平成元年 y=1989"), ja("平成元年以来"));
        }

        @Test
        void kanjiDaysAndTenths() {
            assertEquals(List.of("DAY 十八日 d=18", "NUMBER 二十七 27", "PERCENT 3割 30", "PERCENT ３．５％ 3.5"),
                    ja("十八日に開かれた会議には二十七カ国が参加し、全体の3割が賛成し、支持率は３．５％上昇した。"));
        }

        @Test
        void quarterRanges() {
            assertEquals(List.of("MONTH 4 m=4", "MONTH 6月 m=6", "PERCENT 12% 12"), ja("4〜6月期は前年同期比12%減"));
        }

        @Test
        void wordsWithNumeralsAreNotFigures() {
            assertEquals(List.of("ORDINAL 第2 2"), ja("一日で十分な成果を得た。三菱商事は第2四半期に一緒に四国と九州で"));
        }
    }

    @Nested
    class English {
        private List<String> en(String text) {
            return found(text, Language.EN);
        }

        @Test
        void percentages() {
            assertEquals(List.of("PERCENT 5.3 percent 5.3", "ORDINAL first 1", "YEAR 2025 y=2025", "PERCENT 3.5% 3.5"),
                    en("The GDP grew 5.3 percent in the first half of 2025, up 3.5% from a year earlier."));
            assertEquals(List.of("PERCENT 3 percentage points 3", "PERCENT 25 per cent 25", "PERCENT 25-percent 25",
                            "PERCENT thirty percent 30"),
                    en("It rose 3 percentage points, then fell by 25 per cent, a 25-percent drop, thirty percent."));
        }

        @Test
        void datesDaysAndOrdinals() {
            assertEquals(List.of("DATE July 7, 2025 y=2025 m=7 d=7", "NUMBER 30,000 30000", "ORDINAL 27th 27",
                            "DAY 8th d=8", "NUMBER 12 million 12000000"),
                    en("On July 7, 2025, about 30,000 people attended the 27th summit, and on the 8th, 12 million"
                            + " watched."));
            assertEquals(List.of("DATE 7 July 2025 y=2025 m=7 d=7", "DAY 20th d=20", "ORDINAL 20th 20",
                            "MONTH October m=10"),
                    en("The talks began on 7 July 2025 and ended on the 20th. The 20th Party Congress met in October."));
            assertEquals(List.of("DAY 16th d=16", "ORDINAL 16th 16", "DAY 3rd d=3"),
                    en("The Cabinet on the 16th approved the 16th budget, due by the 3rd."));
            assertEquals(List.of("DATE Sept. 11 m=9 d=11", "DATE 11th of September m=9 d=11", "DATE July 8 m=7 d=8",
                            "MONTH July 2025 y=2025 m=7"),
                    en("Sept. 11 attacks; the 11th of September; on July 8; in July 2025."));
        }

        @Test
        void mayIsAMonthOnlyWithADateOrAPreposition() {
            assertEquals(List.of("MONTH May m=5", "MONTH May 2024 y=2024 m=5", "DATE May 5 m=5 d=5"),
                    en("It rose in May, and in May 2024 and on May 5 you may see why. May we go?"));
        }

        @Test
        void scaleWordsAndSpelledNumbers() {
            assertEquals(List.of("NUMBER 1.4 billion 1400000000", "NUMBER twenty-seven 27",
                            "NUMBER two hundred and fifty 250", "NUMBER a million 1000000", "NUMBER 5bn 5000000000"),
                    en("China has 1.4 billion people; twenty-seven lawmakers and two hundred and fifty workers; "
                            + "a million viewers, hundreds of guests and 5bn dollars."));
        }

        @Test
        void archaicAnHundred() {
            assertEquals(List.of("NUMBER an hundred and thirty 130"), en("And Adam lived an hundred and thirty years."));
        }

        @Test
        void yearsAndDigitsInsideWords() {
            assertEquals(List.of("NUMBER 20 20", "NUMBER 2025 2025", "NUMBER 2,000 2000", "YEAR 2013 y=2013"),
                    en("The G20 summit cost $2025, with 2,000 troops since 2013."));
        }

        @Test
        void fullWidthDigits() {
            assertEquals(List.of("PERCENT ３．５％ 3.5"), en("up ３．５％"));
        }
    }

    @Test
    void canonicalValuesCompareAcrossLanguages() {
        NumberExpression zh = extractor.extract("增长百分之三点五", Language.ZH).get(0);
        NumberExpression ja = extractor.extract("３．５％増", Language.JA).get(0);
        NumberExpression en = extractor.extract("up 3.5 percent", Language.EN).get(0);
        assertTrue(zh.sameValue(ja) && ja.sameValue(en));
        NumberExpression yi = extractor.extract("1.2亿元", Language.ZH).get(0);
        NumberExpression million = extractor.extract("120 million yuan", Language.EN).get(0);
        assertTrue(yi.sameValue(million));
        assertEquals(new BigDecimal("120000000"), yi.amount());
        assertEquals("NUMBER:120000000", yi.valueKey());
        assertEquals(million.valueKey(), yi.valueKey());
        assertEquals("PERCENT:3.5", zh.valueKey());

        NumberExpression zhDate = extractor.extract("2025年7月7日", Language.ZH).get(0);
        NumberExpression enDate = extractor.extract("on July 7, 2025", Language.EN).get(0);
        NumberExpression noYear = extractor.extract("7月7日", Language.ZH).get(0);
        assertTrue(zhDate.sameValue(enDate));
        assertEquals("DATE:2025-07-07", enDate.valueKey());
        assertEquals("DATE:-07-07", noYear.valueKey());
        assertFalse(noYear.sameValue(zhDate), "a date without its year is another value (the check relaxes this)");
    }

    @Test
    void englishRendering() {
        assertEquals("120 million", extractor.extract("1.2亿", Language.ZH).get(0).toEnglish());
        assertEquals("30,000", extractor.extract("3万", Language.ZH).get(0).toEnglish());
        assertEquals("25%", extractor.extract("百分之二十五", Language.ZH).get(0).toEnglish());
        assertEquals("August 1", extractor.extract("8月1日", Language.ZH).get(0).toEnglish());
        assertEquals("July 7, 2025", extractor.extract("2025年7月7日", Language.ZH).get(0).toEnglish());
        assertEquals("22nd", extractor.extract("第22届", Language.ZH).get(0).toEnglish());
        assertEquals("11th", extractor.extract("11日", Language.ZH).get(0).toEnglish());
        assertEquals("1,234,567.5", extractor.extract("1234567.5", Language.ZH).get(0).toEnglish());
    }

    @Test
    void oddInputNeverBreaksTheExtractor() {
        String alphabet = "0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万亿億兆点多余第年月日号届成割分之%％．.，, "
                + "-〜至百分之令和元的人thstndrdJulyMayonthe";
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            for (Language lang : Language.values()) {
                found(text, lang);
            }
        }
        for (String text : List.of("第0届", "第〇", "0th", "0.5th", "99999999999999999999th", "on the 0th",
                "9999999999999999999999亿", "令和0年", "0月0日", "July 0", "99月99日")) {
            for (Language lang : Language.values()) {
                found(text, lang);
            }
        }
    }

    @Test
    void invariantsAreEnforced() {
        Span span = new Span(0, 2);
        assertThrows(IllegalArgumentException.class, () -> NumberExpression.date("7月", span, 0, 13, 1));
        assertThrows(IllegalArgumentException.class, () -> NumberExpression.ordinal("第〇", span, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new NumberExpression(span, "7月", NumberExpression.Kind.MONTH, BigDecimal.ONE, 0, 7, 0));
        assertThrows(IllegalArgumentException.class, () -> new NumberExpression(new Span(0, 1), "ab",
                NumberExpression.Kind.NUMBER, BigDecimal.ONE, 0, 0, 0));
        assertEquals(new BigDecimal("3.5"), NumberExpression.percent("3.50%", new Span(0, 5), new BigDecimal("3.50"))
                .amount(), "amounts are stored without trailing zeros");
    }
}
