package aligncheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.glossary.GlossarySet;
import aligncheck.text.Language;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NameInconsistentCheckTest {
    private static List<Finding> run(Language lang, List<String> src, List<String> tgt) {
        CheckContext c = new CheckContext(Docs.doc(lang, src, tgt), GlossarySet.empty());
        return new NameInconsistentCheck().run(c);
    }

    private static String summary(List<Finding> fs) {
        return fs.stream().map(f -> f.sourceText() + " '" + f.targetText() + "' " + f.targetSentence())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void twoSpellingsOfOneSurnameAreReportedAtEveryDivergentPlace() {
        List<Finding> fs = run(Language.JA,
                List.of("赤沢氏は訪米した。", "赤沢氏は会談した。", "赤沢氏は帰国した。"),
                List.of("Akazawa visited the U.S.", "Akasawa held talks.", "Akazawa returned home."));
        assertEquals("赤沢 'Akasawa' 1", summary(fs));
        Finding f = fs.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(List.of("Akazawa"), f.suggestions());
        assertTrue(f.message().contains("\"Akazawa\" (line 1, sentence 0)"), f.message());
        assertTrue(f.message().contains("\"Akazawa\" (line 3, sentence 2)"), f.message());
    }

    @Test
    void aTieReportsBothPlaces() {
        List<Finding> fs = run(Language.ZH, List.of("发言人贝森特表示反对。", "贝森特随后离开。"),
                List.of("Spokesman Bessent objected.", "Besent then left."));
        assertEquals("贝森特 'Bessent' 0\n贝森特 'Besent' 1", summary(fs));
    }

    @Test
    void formsOfTheSameNameStayQuiet() {
        // surname alone after the full name, possessive, either order of a Japanese name
        assertEquals("", summary(run(Language.JA,
                List.of("赤沢亮正経済再生相は訪米した。", "赤沢氏の発言が注目された。", "赤沢亮正氏は帰国した。"),
                List.of("Ryosei Akazawa visited the U.S.", "Akazawa's remarks drew attention.",
                        "Akazawa Ryosei returned home."))));
        // middle dots, hyphens and full-width Latin in the English; simplified and traditional source
        assertEquals("", summary(run(Language.ZH,
                List.of("卡罗琳·莱维特说。", "卡罗琳•莱维特又说。", "莱维特表示。", "貝森特与贝森特。"),
                List.of("Karoline Leavitt said.", "Karoline-Leavitt said again.", "Ｌｅａｖｉｔｔ said.",
                        "Bessent and Bessent."))));
        // a name split across a line break, on both sides
        assertEquals("", summary(run(Language.ZH,
                List.of("卡罗琳·莱\n维特说。", "卡罗琳·莱维特又说。"),
                List.of("Karoline\nLeavitt said.", "Karoline Leavitt said again."))));
    }
}
