package aligncheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.glossary.EntryType;
import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossarySet;
import aligncheck.text.Language;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NameChecksTest {
    private static GlossaryEntry person(String id, List<String> zh, List<String> ja, String english,
                                        List<String> variants, List<String> wrong, String description) {
        return new GlossaryEntry(id, EntryType.PERSON, zh, List.of(), ja, english, variants, wrong, description, "");
    }

    static final GlossarySet GLOSSARY = new GlossarySet(List.of(new Glossary(null, "test", "", List.of(
            person("pete-hegseth", List.of("皮特·赫格塞思", "赫格塞思"), List.of("ヘグセス"), "Pete Hegseth",
                    List.of("Hegseth"), List.of("Hagel", "Hegsas"), "U.S. Secretary of Defense since 2025"),
            person("chuck-hagel", List.of("查克·哈格尔", "哈格尔"), List.of(), "Chuck Hagel", List.of("Hagel"),
                    List.of("Hegseth"), "U.S. Secretary of Defense 2013-2015"),
            person("karoline-leavitt", List.of("卡罗琳·莱维特", "莱维特"), List.of("レビット"), "Karoline Leavitt",
                    List.of("Leavitt"), List.of("Caroline Levet", "Levet"), "White House Press Secretary"),
            person("elbridge-colby", List.of("埃尔布里奇·科尔比", "科尔比"), List.of(), "Elbridge Colby",
                    List.of("Colby"), List.of(), "Under Secretary of Defense for Policy"),
            person("takeshi-iwaya", List.of("岩屋毅"), List.of("岩屋毅", "岩屋"), "Takeshi Iwaya", List.of("Iwaya"),
                    List.of("Tsuyoshi Iwaya"), "Japanese Foreign Minister 2024-2025"),
            person("shigeru-ishiba", List.of("石破茂", "石破"), List.of("石破茂", "石破"), "Shigeru Ishiba",
                    List.of("Ishiba"), List.of(), "Prime Minister of Japan 2024-2025"),
            new GlossaryEntry("us-under-secretary-of-defense-for-policy", EntryType.TITLE,
                    List.of("负责政策的国防部副部长"), List.of(), List.of(), "Under Secretary of Defense for Policy",
                    List.of(), List.of("Deputy Defense Secretary for Policy"), "", "")))));

    private static List<Finding> check(Language lang, List<String> src, List<String> tgt, String... links) {
        return Checks.run(Checks.all(), new CheckContext(Docs.doc(lang, src, tgt, links), GLOSSARY));
    }

    private static String summary(List<Finding> fs) {
        return fs.stream().map(f -> f.checkId() + " " + f.sourceText() + " '" + f.targetText() + "' -> "
                + f.suggestion()).collect(Collectors.joining("\n"));
    }

    @Test
    void knownWrongRenderingIsMistranslatedWithTheFix() {
        List<Finding> fs = check(Language.ZH, List.of("5月，美国国防部长赫格塞思出席香格里拉对话。"),
                List.of("In May, U.S. Defense Secretary Hagel attended the Shangri-La Dialogue."));
        assertEquals("NAME_MISTRANSLATED 赫格塞思 'Hagel' -> Hegseth", summary(fs));
        Finding f = fs.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("Hagel", f.targetSpan().of("In May, U.S. Defense Secretary Hagel attended the Shangri-La Dialogue."));
        assertEquals("赫格塞思", f.sourceSpan().of("5月，美国国防部长赫格塞思出席香格里拉对话。"));
        assertEquals("赫格塞思 rendered \"Hagel\", expected \"Hegseth\" (Pete Hegseth, U.S. Secretary of Defense since 2025)",
                f.message());
    }

    @Test
    void fullWrongNameGetsTheFullFix() {
        List<Finding> fs = check(Language.ZH, List.of("白宫新闻秘书卡罗琳·莱维特展示了信函。"),
                List.of("White House Press Secretary Caroline Levet displayed the letter."));
        assertEquals("NAME_MISTRANSLATED 卡罗琳·莱维特 'Caroline Levet' -> Karoline Leavitt", summary(fs));
    }

    @Test
    void unlistedMisspellingIsFoundBySimilarity() {
        List<Finding> fs = check(Language.ZH, List.of("国防部副部长科尔比在听证会上提出要求。"),
                List.of("Deputy Kolby made the demand at a hearing."));
        assertEquals("NAME_MISTRANSLATED 科尔比 'Kolby' -> Colby", summary(fs));
    }

    @Test
    void rightRenderingsStayQuiet() {
        List<Finding> fs = check(Language.ZH,
                List.of("赫格塞思表示支持。", "莱维特说，石破茂面临压力。", "貝森特说。"),
                List.of("Hegseth's remarks showed support.", "Leavitt said Ishiba Shigeru was under pressure.",
                        "Hegseth said."),
                "[0]:[0]", "[1]:[1]", "[2]:[2]");
        // 貝森特 is in no glossary here: its rendering "Hegseth" is only judged by its sound, and it does not fit
        assertEquals("NAME_SUSPECT 貝森特 'Hegseth' -> null", summary(fs));
    }

    @Test
    void surnameWithAnotherGivenNameIsWrong() {
        List<Finding> fs = check(Language.JA, List.of("岩屋毅外相は記者会見で述べた。"),
                List.of("Foreign Minister Tsuyoshi Iwaya told a press conference."));
        assertEquals("NAME_MISTRANSLATED 岩屋毅 'Tsuyoshi Iwaya' -> Takeshi Iwaya", summary(fs));
        fs = check(Language.JA, List.of("岩屋毅外相は記者会見で述べた。"),
                List.of("Foreign Minister Iwaya told a press conference."));
        assertEquals("", summary(fs));
    }

    @Test
    void nameWithoutRenderingIsMissing() {
        List<Finding> fs = check(Language.ZH, List.of("赫格塞思呼吁盟国增加防务开支。"),
                List.of("The secretary called on allies to raise defense spending."));
        assertEquals("NAME_MISSING 赫格塞思 'null' -> Hegseth", summary(fs));
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertNull(fs.get(0).targetSpan());
        assertEquals(0, fs.get(0).targetSentence());
    }

    @Test
    void wrongFormElsewhereIsForbiddenUnlessItIsRightForSomeone() {
        List<Finding> fs = check(Language.ZH, List.of("防务开支问题引发争议。", "前国防部长哈格尔也发表了看法。", "他也发表了看法。"),
                List.of("Hegsas's defense spending demands caused controversy.", "Former secretary Hagel also commented.",
                        "Hagel also commented."));
        assertEquals("NAME_FORBIDDEN null 'Hegsas' -> Pete Hegseth", summary(fs));
        assertEquals(0, fs.get(0).targetSentence());
    }

    @Test
    void aFormRightForAnotherNameInTheLinkIsNotWrong() {
        GlossarySet g = new GlossarySet(List.of(new Glossary(null, "titles", "", List.of(
                new GlossaryEntry("us-treasury-secretary", EntryType.TITLE, List.of("美国财长"), List.of(), List.of(),
                        "Treasury Secretary", List.of(), List.of("Finance Minister"), "", ""),
                new GlossaryEntry("japan-finance-minister", EntryType.TITLE, List.of("日本财务大臣"), List.of(),
                        List.of(), "Finance Minister", List.of(), List.of(), "", "")))));
        var doc = Docs.doc(Language.ZH, List.of("美国财长与日本财务大臣会谈。"),
                List.of("The U.S. Treasury Secretary held talks with Japan's Finance Minister."));
        assertEquals("", summary(Checks.run(Checks.all(), new CheckContext(doc, g))));
        doc = Docs.doc(Language.ZH, List.of("美国财长与日本官员会谈。"),
                List.of("The U.S. Finance Minister held talks with Japanese officials."));
        assertEquals("TITLE_MISTRANSLATED 美国财长 'Finance Minister' -> Treasury Secretary",
                summary(Checks.run(Checks.all(), new CheckContext(doc, g))));
    }

    @Test
    void aFormWrongForOneEntryButRightForAnotherIsNotForbidden() {
        List<Finding> fs = check(Language.ZH, List.of("美国国防部长当天发表讲话。"),
                List.of("Hegseth spoke that day."));
        assertEquals("", summary(fs));
        fs = check(Language.ZH, List.of("前国防部长哈格尔当天发表讲话。"), List.of("Former secretary Hegseth spoke."));
        assertEquals("NAME_MISTRANSLATED 哈格尔 'Hegseth' -> Hagel", summary(fs));
    }

    @Test
    void titleWithKnownWrongRendering() {
        List<Finding> fs = check(Language.ZH, List.of("负责政策的国防部副部长科尔比提出要求。"),
                List.of("Deputy Defense Secretary for Policy Colby made the demand."));
        assertEquals("TITLE_MISTRANSLATED 负责政策的国防部副部长 'Deputy Defense Secretary for Policy' -> "
                + "Under Secretary of Defense for Policy", summary(fs));
        assertTrue(fs.get(0).message().startsWith("负责政策的国防部副部长 rendered \"Deputy Defense Secretary for Policy\""));
    }
}
