package aligncheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures detection on every window of a few real news sentences: which windows of a given length decode back to
 * exactly the original text. ICU's detector alone gets none of the GB18030, Shift_JIS or EUC-JP windows below 12
 * characters right on these texts, nor BOM-less UTF-16 without Latin letters.
 */
class EncodingDetectorTest {
    static final String ZH = String.join("\n",
            "日本首相石破茂周五在东京会见了到访的美国财政部长贝森特。",
            "双方就汽车关税和半导体出口管制等问题交换了意见。",
            "国家统计局数据显示，今年前三季度国内生产总值同比增长百分之五点二。",
            "外交部发言人毛宁表示，中方坚决反对任何形式的单边制裁。");
    static final String TW = String.join("\n",
            "日本首相石破茂週五在東京會見了到訪的美國財政部長貝森特。",
            "雙方就汽車關稅和半導體出口管制等問題交換了意見。",
            "主計總處公布數據顯示，今年前三季國內生產毛額年增百分之五點二。",
            "外交部發言人表示，我國將持續與理念相近的國家深化合作。");
    static final String JA = String.join("\n",
            "赤沢亮正経済再生相は２３日、ベセント財務長官と約１時間会談した。",
            "政府は自動車関税の引き下げを求めて、米国との協議を続ける方針だ。",
            "日銀の植田和男総裁は、追加利上げの時期について慎重な姿勢を示した。",
            "岸田文雄前首相は広島市で開かれた平和記念式典に参列した。");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GB18030, ZH", "Big5, TW", "Shift_JIS, JA", "EUC-JP, JA", "UTF-16LE, ZH", "UTF-16BE, JA",
            "UTF-16LE, TW"})
    void everyWindowOfEightCharactersOrMoreIsDetected(String charset, String pool) {
        for (int length : new int[] {8, 12, 24, 48}) {
            List<String> wrong = wrongWindows(charset, text(pool), length);
            assertTrue(wrong.isEmpty(), charset + ", " + length + " chars: " + wrong);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GB18030, ZH", "Big5, TW", "Shift_JIS, JA", "EUC-JP, JA", "UTF-16LE, ZH", "UTF-16BE, JA"})
    void almostEveryWindowOfSixCharactersIsDetected(String charset, String pool) {
        String text = text(pool);
        List<String> wrong = wrongWindows(charset, text, 6);
        // measured: at most 2 of ~110 windows wrong (EUC-JP kanji-only windows read as GB18030)
        assertTrue(wrong.size() <= 2, charset + ": " + wrong);
    }

    @Test
    void kanaTellEucJpFromGb18030ThatDecodesTheSameBytes() {
        byte[] bytes = "経済再生相は".getBytes(Charset.forName("EUC-JP"));
        StrictDecoder.Result asGb = StrictDecoder.decode(bytes, 0, Charset.forName("GB18030"));
        assertTrue(asGb.ok() && asGb.text().endsWith("は"), "GB18030 has the same kana codes: " + asGb);

        CandidateEncoding.Decoding detected = EncodingDetector.detect(bytes).orElseThrow();

        assertEquals("経済再生相は", detected.text());
        assertEquals(Charset.forName("EUC-JP"), detected.charset());
    }

    @Test
    void plausibilityCountsCommonCharactersOfTheCandidatesLanguage() {
        assertEquals(6, CandidateEncoding.EUC_JP.plausibility("経済再生相は"));
        assertEquals(-6, CandidateEncoding.GB18030.plausibility("ｶﾀｶﾅｶﾅ"));
        assertEquals(0, CandidateEncoding.GB18030.plausibility("GDP 3.5%\r\n"));
        assertEquals(-1, CandidateEncoding.UTF_16LE.plausibility("a\u0001b"));
        // kana count for Japanese and against Chinese
        assertEquals(2, CandidateEncoding.SHIFT_JIS.plausibility("国は"));
        assertEquals(0, CandidateEncoding.GB18030.plausibility("国は"));
    }

    @Test
    void randomBytesAreNotText() {
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[200];
            random.nextBytes(bytes);
            for (int j = 0; j < bytes.length; j++) {
                bytes[j] = bytes[j] == 0 ? 1 : bytes[j];
            }
            Optional<CandidateEncoding.Decoding> detected = EncodingDetector.detect(bytes);
            assertTrue(detected.isEmpty(), () -> "random bytes taken as " + detected.get().charset());
        }
    }

    @Test
    void englishUtf16WithoutBomIsDetectedByItsByteOrder() {
        String text = "Japan's Prime Minister Shigeru Ishiba met U.S. Treasury Secretary Scott Bessent in Tokyo.\n";
        assertEquals(StandardCharsets.UTF_16LE,
                EncodingDetector.detect(text.getBytes(StandardCharsets.UTF_16LE)).orElseThrow().charset());
        assertEquals(StandardCharsets.UTF_16BE,
                EncodingDetector.detect(text.getBytes(StandardCharsets.UTF_16BE)).orElseThrow().charset());
    }

    private static String text(String pool) {
        return switch (pool) {
            case "ZH" -> ZH;
            case "TW" -> TW;
            case "JA" -> JA;
            default -> throw new IllegalArgumentException(pool);
        };
    }

    /** The windows of {@code length} chars of {@code text} not detected back exactly when encoded in charset. */
    private static List<String> wrongWindows(String charset, String text, int length) {
        List<String> wrong = new ArrayList<>();
        for (int start = 0; start + length <= text.length(); start++) {
            String window = text.substring(start, start + length);
            byte[] bytes = window.getBytes(Charset.forName(charset));
            if (StrictDecoder.decode(bytes, 0, StandardCharsets.UTF_8).ok()) {
                continue; // ASCII only: read as UTF-8 before detection
            }
            Optional<CandidateEncoding.Decoding> detected = EncodingDetector.detect(bytes);
            if (detected.isEmpty() || !detected.get().text().equals(window)) {
                wrong.add(window + " -> " + detected.map(d -> d.charset() + " " + d.text()).orElse("nothing"));
            }
        }
        return wrong;
    }
}
