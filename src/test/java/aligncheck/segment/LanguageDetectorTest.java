package aligncheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import aligncheck.text.Language;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void japaneseNewsIsJapanese() {
        assertEquals(Language.JA, LanguageDetector.detectSource("岩屋毅外相は「日米同盟は揺るがない」と述べた。"));
    }

    @Test
    void kanjiHeavyJapaneseHeadlineIsJapanese() {
        assertEquals(Language.JA, LanguageDetector.detectSource("日本の首相"));
        assertEquals(Language.JA, LanguageDetector.detectSource("石破首相、米大統領と電話会談へ トランプ氏"));
    }

    @Test
    void chineseNewsIsChinese() {
        assertEquals(Language.ZH, LanguageDetector.detectSource(
                "美国总统特朗普7日在社交媒体上发布致14国领导人的信函。白宫新闻秘书卡罗琳・莱维特当天展示了这封信。"));
    }

    @Test
    void aFewStrayKanaInALongChineseTextStayChinese() {
        String chinese = "美国总统特朗普在社交媒体上发布致多国领导人的信函宣布加征关税".repeat(12);
        assertEquals(Language.ZH, LanguageDetector.detectSource(chinese + "小店の招牌写着美味の拉面の字样"));
    }

    @Test
    void textWithoutHanOrKanaIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LanguageDetector.detectSource("U.S. President Trump said on Monday."));
        assertEquals("no Chinese or Japanese text", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LanguageDetector.detectSource(""));
    }
}
