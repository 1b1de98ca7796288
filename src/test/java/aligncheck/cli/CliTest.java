package aligncheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: output, messages and exit codes. */
class CliTest {
    static final String SRC = "corpora/zh-us-japan-tariffs/source.zh.txt";
    static final String TGT = "corpora/zh-us-japan-tariffs/target.en.txt";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void checkReportsFindingsOneLineEachAndExitsOne() {
        Run r = run("check", SRC, TGT);
        assertEquals(ExitCode.FINDINGS, r.code(), r.err());
        assertTrue(r.out().contains(TGT + ":15: error NAME_MISTRANSLATED 赫格塞思 rendered \"Hagel\", expected \"Hegseth\""),
                r.out());
        for (String line : r.out().split("\n")) {
            assertTrue(line.matches("\\S+:\\d+: (error|warning|info) [A-Z_]+ .+"), line);
        }
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertEquals(ExitCode.CLEAN, run("check", "--fail-on", "never", SRC, TGT).code());
        assertEquals(ExitCode.FINDINGS, run("check", "--fail-on", "warning", SRC, TGT).code());
    }

    @Test
    void cleanPairExitsZero() throws Exception {
        Path s = Files.writeString(dir.resolve("s.zh.txt"), "美国国防部长赫格塞思出席了会议。\n");
        Path t = Files.writeString(dir.resolve("t.en.txt"), "U.S. Defense Secretary Hegseth attended the meeting.\n");
        Run r = run("check", s.toString(), t.toString());
        assertEquals(ExitCode.CLEAN, r.code(), r.out() + r.err());
        assertEquals("", r.out());
    }

    @Test
    void jsonHasFindingsAlignmentAndSummary() throws Exception {
        Run r = run("check", "--format", "json", SRC, TGT);
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode f = root.get("findings").get(0);
        for (String field : new String[] {"check", "severity", "sourceSentence", "targetSentence", "sourceText",
                "targetText", "suggestion", "message"}) {
            assertTrue(f.has(field), field);
        }
        assertTrue(root.get("alignment").size() > 10);
        assertEquals(root.get("findings").size(), root.get("summary").get("findings").asInt());
        assertEquals("zh", root.get("sourceLanguage").asText());
    }

    @Test
    void missingFileIsOneLineAndExitThree() {
        Run r = run("check", "no/such/file.txt", TGT);
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertEquals("aligncheck: no/such/file.txt: no such file", r.err().strip());
    }

    @Test
    void brokenGlossaryNamesFileLineEntryAndField() throws Exception {
        Path g = Files.writeString(dir.resolve("g.json"), """
                {"entries": [
                  {"id": "x", "type": "person", "zh-Hans": ["某某"],
                   "english": 42}
                ]}
                """);
        Run r = run("check", "--glossary", g.toString(), SRC, TGT);
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertEquals("aligncheck: " + g + ":3: entry \"x\": field \"english\": must be a non-empty string",
                r.err().strip());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void wrongEncodingOverrideIsOneLine() {
        Run r = run("check", "--source-encoding", "US-ASCII", SRC, TGT);
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("aligncheck: " + SRC + ":1: "), r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCode.USAGE, run("check", SRC).code());
        assertEquals(ExitCode.USAGE, run("check", "--source-lang", "ko", SRC, TGT).code());
        assertEquals(ExitCode.USAGE, run("check", "--format", "xml", SRC, TGT).code());
        assertEquals(ExitCode.USAGE, run("frobnicate").code());
    }

    @Test
    void encodingsAreDetected() throws Exception {
        String zh = Files.readString(Path.of(SRC));
        Path gb = dir.resolve("source.gb18030.txt");
        Files.writeString(gb, zh, Charset.forName("GB18030"));
        Run utf8 = run("check", "--format", "json", SRC, TGT);
        Run other = run("check", "--format", "json", gb.toString(), TGT);
        assertEquals(strip(utf8.out()), strip(other.out()));
        assertTrue(other.out().contains("\"sourceEncoding\" : \"GB18030\""), other.out());
    }

    private static String strip(String json) {
        return json.replaceAll("\"source\" : \"[^\"]*\"", "").replaceAll("\"sourceEncoding\" : \"[^\"]*\"", "");
    }

    @Test
    void alignPrintsOneLinkPerLine() {
        Run r = run("align", SRC, TGT);
        assertEquals(ExitCode.CLEAN, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertTrue(lines.length > 10);
        for (String l : lines) {
            assertTrue(l.matches("\\[[0-9,]*\\]:\\[[0-9,]*\\]"), l);
        }
        assertTrue(lines[0].startsWith("[0]:[0"), lines[0]);
    }

    @Test
    void dictionaryOptionReadsCedictAndRejectsAMalformedFileInOneLine() throws Exception {
        Path cedict = Files.writeString(dir.resolve("cedict.u8"),
                "# CC-CEDICT\n關稅 关税 [guan1 shui4] /tariff/customs duty/\n");
        Run ok = run("align", "--dictionary", cedict.toString(), SRC, TGT);
        assertEquals(ExitCode.CLEAN, ok.code(), ok.err());
        assertEquals(run("align", SRC, TGT).out(), ok.out(), "a known word changes no link here");
        Path bad = Files.writeString(dir.resolve("bad.u8"), "關稅 关税 [guan1 shui4] /tariff/\n关税 tariff\n");
        Run r = run("align", "--dictionary", bad.toString(), SRC, TGT);
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertEquals("aligncheck: " + bad + ":2: not a CEDICT entry (expected: traditional simplified [pin1 yin1] "
                + "/gloss/gloss/)", r.err().strip());
    }

    /** Bad input found lazily (the installed EDICT is read on first use) arrives wrapped: still one line, exit 3. */
    @Test
    void badInputWrappedInAnUncheckedExceptionIsStillOneLine() throws Exception {
        StringWriter err = new StringWriter();
        picocli.CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
        Path edict = dir.resolve("edict");
        Exception wrapped = new java.io.UncheckedIOException(new java.io.IOException("wrapped",
                new aligncheck.io.InputException(edict, 7, "not an EDICT entry")));
        int code = cl.getExecutionExceptionHandler().handleExecutionException(wrapped, cl, null);
        assertEquals(ExitCode.BAD_INPUT, code);
        assertEquals("aligncheck: " + edict + ":7: not an EDICT entry", err.toString().strip());
    }
}
