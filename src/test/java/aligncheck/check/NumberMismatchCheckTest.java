package aligncheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import aligncheck.align.AlignedDocument;
import aligncheck.align.Alignment;
import aligncheck.align.Link;
import aligncheck.glossary.GlossarySet;
import aligncheck.text.Language;
import aligncheck.text.LoadedText;
import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberMismatchCheckTest {
    private final NumberMismatchCheck check = new NumberMismatchCheck();

    /** Runs the check on sentences given one per string, linked as given ("[0]:[0,1]"), or 1-1 when none are. */
    private List<Finding> run(Language lang, List<String> source, List<String> target, String... links) {
        List<Link> ls = new ArrayList<>();
        for (String l : links) {
            ls.add(Link.parse(l));
        }
        if (links.length == 0) {
            for (int i = 0; i < source.size(); i++) {
                ls.add(new Link(List.of(i), List.of(i)));
            }
        }
        AlignedDocument doc = new AlignedDocument(text("source.txt", source), text("target.txt", target), lang,
                sentences(source), sentences(target), new Alignment(ls));
        return check.run(new CheckContext(doc, GlossarySet.empty()));
    }

    private static LoadedText text(String name, List<String> lines) {
        return new LoadedText(Path.of(name), String.join("\n", lines), StandardCharsets.UTF_8);
    }

    private static List<Sentence> sentences(List<String> lines) {
        List<Sentence> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            out.add(new Sentence(i, l, new Span(offset, offset + l.length()), i, i + 1));
            offset += l.length() + 1;
        }
        return out;
    }

    /** The span of the first occurrence of {@code part} in {@code sentence}. */
    private static Span at(String sentence, String part) {
        int i = sentence.indexOf(part);
        return new Span(i, i + part.length());
    }

    @Test
    void declaresItsId() {
        assertEquals(List.of("NUMBER_MISMATCH"), check.ids());
    }

    @Test
    void matchingNumbersGiveNoFinding() {
        assertEquals(List.of(), run(Language.ZH,
                List.of("国家统计局7月15日发布数据，上半年国内生产总值同比增长5.3%，两国贸易额达到3万亿元，"
                        + "其中第三季度增长百分之二十五。"),
                List.of("The National Bureau of Statistics said on July 15 that GDP grew 5.3 percent year on year"
                        + " in the first half and trade between the two countries reached 3 trillion yuan, with"
                        + " the third quarter up 25%.")));
    }

    @Test
    void writtenOutEnglishNumbersAndDaysMatch() {
        assertEquals(List.of(), run(Language.ZH,
                List.of("8日，三名记者在十八大召开前抵达，两千名代表出席。"),
                List.of("On the 8th, three reporters arrived before the 18th National Congress, attended by"
                        + " 2,000 delegates.")));
        assertEquals(List.of(), run(Language.JA,
                List.of("18日、東京で二人が負傷した。"),
                List.of("Two people were injured in Tokyo on Monday.")));
    }

    @Test
    void rangesWeekdaysAndPlainOnesAreNotNoise() {
        assertEquals(List.of(), run(Language.ZH,
                List.of("李强于9月22日至26日出席第80届联合国大会。", "纪念大会9月3日在北京举行。"),
                List.of("Li Qiang attended the 80th UN General Assembly from September 22 to 26.",
                        "The commemoration was held in Beijing on Wednesday.")));
        assertEquals(List.of(), run(Language.JA,
                List.of("石破首相は7日、辞任を表明した。就任から約1年だった。", "同社の4〜6月期の純利益は3500億円だった。"),
                List.of("Prime Minister Ishiba announced his resignation on Sept. 7, about a year after taking office.",
                        "The company's net profit for the April-June quarter was 350 billion yen.")));
    }

    @Test
    void missingNumberIsAWarning() {
        String src = "去年该市人口增长3.5%，达到1200万。";
        List<Finding> fs = run(Language.ZH, List.of(src), List.of("The city's population rose to 12 million."));
        assertEquals(1, fs.size());
        Finding f = fs.get(0);
        assertEquals("NUMBER_MISMATCH", f.checkId());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(IssueKind.NUMBERS, f.kind());
        assertEquals(0, f.sourceSentence());
        assertEquals(at(src, "3.5%"), f.sourceSpan());
        assertEquals("3.5%", f.sourceText());
        assertNull(f.targetSpan());
        assertEquals("3.5%", f.suggestion());
        assertEquals("3.5% in the source is missing in the translation", f.message());
    }

    @Test
    void changedValuesAreErrorsOnBothSides() {
        String src = "失业率下降了百分之二十五，新规将于8月1日起实施。";
        String tgt = "The unemployment rate fell by 35%, and the new rules take effect on August 11.";
        List<Finding> fs = run(Language.ZH, List.of(src), List.of(tgt));
        assertEquals(2, fs.size());

        Finding percent = fs.get(0);
        assertEquals(Severity.ERROR, percent.severity());
        assertEquals(at(src, "百分之二十五"), percent.sourceSpan());
        assertEquals(0, percent.targetSentence());
        assertEquals(at(tgt, "35%"), percent.targetSpan());
        assertEquals("35%", percent.targetText());
        assertEquals("25%", percent.suggestion());
        assertEquals("25% in the source is 35% in the translation", percent.message());

        Finding date = fs.get(1);
        assertEquals(Severity.ERROR, date.severity());
        assertEquals("8月1日", date.sourceText());
        assertEquals(at(tgt, "August 11"), date.targetSpan());
        assertEquals("August 1", date.suggestion());
        assertEquals("August 1 in the source is August 11 in the translation", date.message());
    }

    @Test
    void aPercentageThatLooksNothingAlikeIsStillChangedWhenItIsTheOnlyOne() {
        List<Finding> fs = run(Language.ZH, List.of("支持率为百分之四十。"), List.of("The approval rating was 25%."));
        assertEquals(List.of("40% in the source is 25% in the translation"),
                fs.stream().map(Finding::message).toList());
    }

    @Test
    void scaleSlipsAndYearsAreChanges() {
        List<Finding> fs = run(Language.ZH, List.of("2024年，该公司投资1.2亿元。"),
                List.of("In 2025, the company invested 1.2 billion yuan."));
        assertEquals(List.of("2024 in the source is 2025 in the translation",
                        "120 million in the source is 1.2 billion in the translation"),
                fs.stream().map(Finding::message).toList());
        assertEquals("120 million", fs.get(1).suggestion());
    }

    @Test
    void numbersSpreadOverTwoTargetSentences() {
        String src = "2025年7月7日，第27届峰会在北京开幕，约3000名代表出席。";
        List<String> target = List.of("The 27th summit opened in Beijing on July 7, 2025.",
                "About 3,000 delegates attended.");
        assertEquals(List.of(), run(Language.ZH, List.of(src), target, "[0]:[0,1]"));

        List<String> wrong = List.of(target.get(0), "About 300 delegates attended.");
        List<Finding> fs = run(Language.ZH, List.of(src), wrong, "[0]:[0,1]");
        assertEquals(1, fs.size());
        Finding f = fs.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(at(src, "3000"), f.sourceSpan());
        assertEquals(1, f.targetSentence());
        assertEquals(new Span(6, 9), f.targetSpan());
        assertEquals("3,000 in the source is 300 in the translation", f.message());
    }

    @Test
    void twoSourceSentencesIntoOne() {
        List<String> source = List.of("7月8日，两国外长举行会谈。", "双方签署了12项协议。");
        List<String> target = List.of("The two foreign ministers held talks on July 8 and signed 21 agreements.");
        List<Finding> fs = run(Language.ZH, source, target, "[0,1]:[0]");
        assertEquals(1, fs.size());
        assertEquals(1, fs.get(0).sourceSentence());
        assertEquals("12", fs.get(0).sourceText());
        assertEquals("21", fs.get(0).targetText());
        assertEquals(0, fs.get(0).linkIndex());
    }

    @Test
    void chineseQuantityWordsAreIgnored() {
        assertEquals(List.of(), run(Language.ZH,
                List.of("两国领导人举行会谈，同意加强两党交流，一些专家和一个代表团出席，双方第一次签署协议。"),
                List.of("The leaders of both countries held talks and agreed to strengthen party-to-party"
                        + " exchanges; experts and a delegation attended as the sides signed a deal for the"
                        + " first time.")));
    }

    @Test
    void fullWidthDigits() {
        String src = "日経平均株価は３．５％上昇し、３万２０００円台を回復した。";
        assertEquals(List.of(), run(Language.JA, List.of(src),
                List.of("The Nikkei average rose 3.5 percent, regaining the 32,000 level.")));
        List<Finding> fs = run(Language.JA, List.of(src),
                List.of("The Nikkei average rose 5.3 percent, regaining the 32,000 level."));
        assertEquals(1, fs.size());
        assertEquals("３．５％", fs.get(0).sourceText());
        assertEquals("5.3 percent", fs.get(0).targetText());
        assertEquals("3.5%", fs.get(0).suggestion());
    }

    @Test
    void eachTargetNumberCountsOnce() {
        String src = "3名男子和3名女子获救。";
        List<Finding> fs = run(Language.ZH, List.of(src), List.of("Three people were rescued."));
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertEquals(new Span(5, 6), fs.get(0).sourceSpan());
    }

    @Test
    void extraTargetNumbersAreNotFindings() {
        assertEquals(List.of(), run(Language.ZH, List.of("去年以来，两国关系不断改善。"),
                List.of("Since 2024, ties between the two countries have improved, one official said.")));
    }

    @Test
    void findingsFollowTheDocumentAndSkipOmittedSentences() {
        List<String> source = List.of("第一句有5个数字。", "第二句缺少8日。", "第三句有百分之七。");
        List<String> target = List.of("The first has 6 numbers.", "The third has 7%.");
        List<Finding> fs = run(Language.ZH, source, target, "[0]:[0]", "[1]:[]", "[2]:[1]");
        assertEquals(List.of("5 in the source is 6 in the translation"),
                fs.stream().map(Finding::message).toList());

        List<Finding> both = run(Language.ZH, List.of("他们5日抵达，6日离开。", "增长了2.5%。"),
                List.of("They arrived and left.", "It grew."));
        assertEquals(List.of("the 5th in the source is missing in the translation",
                        "the 6th in the source is missing in the translation",
                        "2.5% in the source is missing in the translation"),
                both.stream().map(Finding::message).toList());
        assertEquals(List.of(0, 0, 1), both.stream().map(Finding::sourceSentence).toList());
    }
}
