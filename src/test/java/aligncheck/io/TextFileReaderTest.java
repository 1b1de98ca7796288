package aligncheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import aligncheck.text.LoadedText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextFileReaderTest {
    static final String ZH_1 = "美国国防部长赫格塞思周二表示，日本应将防卫开支提高到国内生产总值的3.5%。";
    static final String ZH_2 = "白宫新闻秘书卡罗琳·莱维特说，总统将于下周访问东京，与日本首相举行会谈。";
    static final String TW_1 = "美國國防部長赫格塞思週二表示，日本應將防衛開支提高到國內生產總值的3.5%。";
    static final String TW_2 = "白宮新聞秘書卡羅琳·萊維特說，總統將於下週訪問東京，與日本首相舉行會談。";
    static final String JA_1 = "岩屋毅外相は８日、記者会見で「日米同盟は揺るがない」と述べた。";
    static final String JA_2 = "石破茂首相は関税交渉について、赤沢亮正経済再生相をワシントンに派遣する考えを示した。";
    static final String EN_1 = "U.S. Defense Secretary Hegseth said on Tuesday that Japan should raise defense spending "
            + "to 3.5% of GDP.";

    @TempDir
    Path dir;

    static Stream<Arguments> detectedSamples() {
        return Stream.of(
                // charset used to write, text, charset expected back
                Arguments.of("UTF-8", ZH_1 + "\r\n" + JA_1 + "\r\n", "UTF-8"),
                Arguments.of("UTF-8", EN_1 + "\n", "UTF-8"),
                Arguments.of("GB18030", ZH_1.substring(0, 6), "GB18030"),
                Arguments.of("GB18030", ZH_1, "GB18030"),
                Arguments.of("GB18030", ZH_1 + "\r\n" + ZH_2 + "\r\n", "GB18030"),
                Arguments.of("GBK", ZH_1 + "\n" + ZH_2, "GB18030"),
                Arguments.of("Big5", TW_1.substring(0, 6), "Big5"),
                Arguments.of("Big5", TW_1, "Big5"),
                Arguments.of("Big5", TW_1 + "\r\n" + TW_2 + "\r\n", "Big5"),
                Arguments.of("Shift_JIS", JA_1.substring(0, 6), "Shift_JIS"),
                Arguments.of("Shift_JIS", JA_1, "Shift_JIS"),
                Arguments.of("Shift_JIS", JA_1 + "\r\n" + JA_2 + "\r\n", "Shift_JIS"),
                Arguments.of("EUC-JP", JA_1.substring(0, 6), "EUC-JP"),
                Arguments.of("EUC-JP", JA_1, "EUC-JP"),
                Arguments.of("EUC-JP", JA_1 + "\n" + JA_2 + "\n", "EUC-JP"),
                Arguments.of("UTF-16LE", ZH_1 + "\r\n" + ZH_2, "UTF-16LE"),
                Arguments.of("UTF-16BE", ZH_1 + "\r\n" + ZH_2, "UTF-16BE"),
                Arguments.of("UTF-16LE", JA_1.substring(0, 6), "UTF-16LE"),
                Arguments.of("UTF-16BE", JA_1, "UTF-16BE"),
                Arguments.of("UTF-16LE", EN_1 + "\r\n", "UTF-16LE"),
                Arguments.of("UTF-16BE", EN_1 + "\r\n", "UTF-16BE"),
                // Windows extensions, used only when the standard charset rejects the bytes
                Arguments.of("windows-31j", "髙橋一生さんは①番目に登場し、「～」と書いた。", "windows-31j"),
                Arguments.of("x-windows-950", "他從口袋裏拿出一張紙條，上面寫著€10。", "x-windows-950"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("detectedSamples")
    void detectsEncodingAndKeepsTextExactly(String writtenAs, String text, String expected) throws Exception {
        Path file = write("sample.txt", text.getBytes(writtenAs));

        LoadedText loaded = TextFileReader.read(file, null);

        assertEquals(text, loaded.text());
        assertEquals(Charset.forName(expected), loaded.charset());
        assertEquals(file, loaded.path());
    }

    static Stream<Arguments> byteOrderMarks() {
        return Stream.of(
                Arguments.of(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                Arguments.of(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
                Arguments.of(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}));
    }

    @ParameterizedTest
    @MethodSource("byteOrderMarks")
    void byteOrderMarkDecidesAndIsRemoved(Charset charset, byte[] bom) throws Exception {
        String text = JA_1 + "\r\n" + ZH_1 + "\r\n" + EN_1 + "\r\n";
        Path file = write("bom.txt", concat(bom, text.getBytes(charset)));

        LoadedText loaded = TextFileReader.read(file, null);

        assertEquals(text, loaded.text());
        assertEquals(charset, loaded.charset());
    }

    @ParameterizedTest
    @MethodSource("byteOrderMarks")
    void fileWithOnlyAByteOrderMarkIsEmpty(Charset charset, byte[] bom) throws Exception {
        assertEquals("", TextFileReader.read(write("bom-only.txt", bom), null).text());
    }

    @Test
    void onlyTheLeadingByteOrderMarkIsRemoved() throws Exception {
        String text = "第一行\uFEFF中间的零宽不换行空格保留。";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertEquals(text, TextFileReader.read(write("t.txt", concat(bom, text.getBytes(UTF8))), null).text());
    }

    @Test
    void lineEndsAndWhiteSpaceAreKeptExactly() throws Exception {
        String text = "第一行\r\n第二行\n\n  第三行\t末尾\r第四行　全角空格\r\n";
        for (String charset : new String[] {"UTF-8", "GB18030"}) {
            LoadedText loaded = TextFileReader.read(write(charset + ".txt", text.getBytes(charset)), null);
            assertEquals(text, loaded.text(), charset);
        }
    }

    @Test
    void compatibilityCharactersAreNotNormalized() throws Exception {
        String text = "ＧＤＰ３．５％、ｶﾀｶﾅ、㍻、ﬁ、e\u0301";
        assertEquals(text, TextFileReader.read(write("t.txt", text.getBytes(UTF8)), null).text());
    }

    @Test
    void emptyFileIsAnEmptyUtf8Text() throws Exception {
        LoadedText loaded = TextFileReader.read(write("empty.txt", new byte[0]), null);
        assertEquals("", loaded.text());
        assertEquals(StandardCharsets.UTF_8, loaded.charset());
    }

    @Test
    void forcedCharsetOverridesDetection() throws Exception {
        // Four kanji are too few to tell EUC-JP from GB18030: both decode the bytes into common characters.
        Path file = write("name.txt", "赤沢亮正".getBytes("EUC-JP"));
        LoadedText guessed = TextFileReader.read(file, null);
        assertEquals(Charset.forName("GB18030"), guessed.charset());

        LoadedText forced = TextFileReader.read(file, Charset.forName("EUC-JP"));

        assertEquals("赤沢亮正", forced.text());
        assertEquals(Charset.forName("EUC-JP"), forced.charset());
    }

    @Test
    void forcedCharsetWinsOverByteOrderMarkDetectionButTheMarkIsStillRemoved() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = write("bom.txt", concat(bom, ZH_1.getBytes(UTF8)));
        assertEquals(ZH_1, TextFileReader.read(file, StandardCharsets.UTF_8).text());
        Path utf16 = write("bom16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, JA_1.getBytes("UTF-16LE")));
        assertEquals(JA_1, TextFileReader.read(utf16, StandardCharsets.UTF_16LE).text());
    }

    @Test
    void forcedCharsetThatDoesNotFitReportsLineAndBytes() throws Exception {
        // 美 is C3 C0 in GB18030: C3 starts a UTF-8 sequence that C0 cannot continue
        byte[] bytes = concat("line one\r\nline two\n".getBytes(UTF8), ZH_1.getBytes("GB18030"));
        Path file = write("gb.txt", bytes);

        InputException e = assertThrows(InputException.class, () -> TextFileReader.read(file, StandardCharsets.UTF_8));

        assertEquals(file + ":3: cannot decode as UTF-8: byte 0xC3 at byte offset 19 is invalid", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void forcedLegacyCharsetReportsTheFirstBadLine() throws Exception {
        // Big5 has no kana, so the third line of Japanese cannot be Big5
        Path file = write("mixed.txt", concat(TW_1.getBytes("Big5"), "\r\n".getBytes(UTF8), TW_2.getBytes("Big5"),
                "\r\n".getBytes(UTF8), JA_1.getBytes("Shift_JIS")));

        InputException e = assertThrows(InputException.class, () -> TextFileReader.read(file, Charset.forName("Big5")));

        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":3: cannot decode as Big5: "), e.getMessage());
    }

    @Test
    void byteOrderMarkThatLiesIsReportedWithLine() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = write("liar.txt", concat(bom, "一\n二\n".getBytes(UTF8), ZH_1.getBytes("GB18030")));

        InputException e = assertThrows(InputException.class, () -> TextFileReader.read(file, null));

        assertEquals(file + ":3: cannot decode as UTF-8 (declared by its byte order mark):"
                + " byte 0xC3 at byte offset 11 is invalid", e.getMessage());
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.txt");
        InputException e = assertThrows(InputException.class, () -> TextFileReader.read(file, null));
        assertEquals(file + ": no such file", e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void directory() {
        InputException e = assertThrows(InputException.class, () -> TextFileReader.read(dir, null));
        assertEquals(dir + ": is a directory, not a text file", e.getMessage());
    }

    @Test
    void pathThroughARegularFileCannotBeRead() throws Exception {
        Path file = write("plain.txt", "x".getBytes(UTF8)).resolve("child.txt");
        InputException e = assertThrows(InputException.class, () -> TextFileReader.read(file, null));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void fileWithoutReadPermission() throws Exception {
        Path file = write("secret.txt", ZH_1.getBytes(UTF8));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as a user who can read anything (root)");

        InputException e = assertThrows(InputException.class, () -> TextFileReader.read(file, null));

        assertEquals(file + ": cannot read file: permission denied", e.getMessage());
    }

    @Test
    void binaryFileIsReportedAtTheLineOfItsFirstNul() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Path file = write("image.png", png);

        InputException e = assertThrows(InputException.class, () -> TextFileReader.read(file, null));

        assertEquals(file + ":3: binary content (NUL byte at byte offset 8), not a text file", e.getMessage());
    }

    @Test
    void nulInsideOtherwiseValidUtf8IsBinary() throws Exception {
        Path file = write("nul.txt", ("第一行\n第二\0行\n").getBytes(UTF8));
        InputException e = assertThrows(InputException.class, () -> TextFileReader.read(file, null));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("binary content"), e.getMessage());
    }

    @Test
    void nulWithForcedCharsetIsBinary() throws Exception {
        Path file = write("nul.txt", ("一\r\n二\r\n三\0").getBytes("GB18030"));
        InputException e = assertThrows(InputException.class,
                () -> TextFileReader.read(file, Charset.forName("GB18030")));
        assertEquals(file + ":3: binary content (NUL character), not a text file", e.getMessage());
    }

    @Test
    void latin1TextIsNotMistakenForCjkOrUtf16() throws Exception {
        Path file = write("menu.txt", "Menu\nCaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1));

        InputException e = assertThrows(InputException.class, () -> TextFileReader.read(file, null));

        assertTrue(e.getMessage().startsWith(
                file + ":2: cannot detect the encoding: byte 0xE9 at byte offset 8 is not valid UTF-8"), e.getMessage());
        assertEquals("Menu\nCaf\u00e9 au lait\n", TextFileReader.read(file, StandardCharsets.ISO_8859_1).text());
    }

    @Test
    void utf32IsRefusedWithAHint() throws Exception {
        byte[] bom = {0, 0, (byte) 0xFE, (byte) 0xFF};
        Path file = write("u32.txt", concat(bom, ZH_1.getBytes("UTF-32BE")));
        InputException e = assertThrows(InputException.class, () -> TextFileReader.read(file, null));
        assertEquals(file + ": UTF-32 text is not supported; save the file as UTF-8", e.getMessage());
    }

    private static final Charset UTF8 = StandardCharsets.UTF_8;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
