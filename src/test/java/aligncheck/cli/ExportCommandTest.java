package aligncheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code export}, and {@code check} of a single bilingual file, as a user runs them. */
class ExportCommandTest {
    static final String SRC = CliTest.SRC;
    static final String TGT = CliTest.TGT;

    @TempDir
    Path dir;

    static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    /** The report lines without their file:line prefix, sorted. */
    static List<String> findings(String out) {
        return Arrays.stream(out.split("\n")).filter(l -> !l.isBlank()).map(l -> l.replaceFirst("^\\S+:\\d+: ", ""))
                .sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pair.tmx", "pair.xlf", "pair.xliff"})
    void checkingTheExportedFileAloneReportsTheSameFindingsAtItsLines(String name) throws Exception {
        Path file = dir.resolve(name);
        CliTest.Run export = run("export", SRC, TGT, "--out", file.toString());
        assertEquals(ExitCode.CLEAN, export.code(), export.err());
        assertTrue(export.err().startsWith(file + ": "), export.err());
        CliTest.Run pair = run("check", SRC, TGT);
        CliTest.Run alone = run("check", file.toString());
        assertEquals(ExitCode.FINDINGS, alone.code(), alone.err());
        assertEquals(findings(pair.out()), findings(alone.out()));
        List<String> lines = Files.readAllLines(file);
        for (String l : alone.out().strip().split("\n")) {
            assertTrue(l.startsWith(file + ":"), l);
            int line = Integer.parseInt(l.substring(file.toString().length() + 1).split(":")[0]);
            String rendered = l.replaceFirst(".* rendered \"([^\"]*)\".*", "$1");
            if (!rendered.equals(l)) {
                assertTrue(lines.get(line - 1).contains(rendered), line + ": " + lines.get(line - 1));
            }
        }
    }

    @Test
    void aSingleTextFileIsAUsageError() {
        CliTest.Run r = run("check", SRC);
        assertEquals(ExitCode.USAGE, r.code());
        assertEquals("Missing required parameter: 'TARGET' (only a bilingual .tmx, .xlf or .xliff file stands alone)",
                r.err().lines().findFirst().orElseThrow(), "as other usage errors: the reason, then the usage");
        assertEquals(ExitCode.USAGE, run("export", SRC, "--format", "tmx").code());
    }

    @Test
    void textExportOfAnUnchangedPairIsTheTargetFile() throws Exception {
        Path out = dir.resolve("english.txt");
        CliTest.Run r = run("export", SRC, TGT, "--format", "text", "--out", out.toString());
        assertEquals(ExitCode.CLEAN, r.code(), r.err());
        assertArrayEquals(Files.readAllBytes(Path.of(TGT)), Files.readAllBytes(out));
    }

    @Test
    void tsvGoesToStandardOutput() {
        CliTest.Run r = run("export", SRC, TGT, "--format", "tsv");
        assertEquals(ExitCode.CLEAN, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("link\tsource\ttarget", lines[0]);
        assertTrue(lines[1].startsWith("[0]:[0]\t"), lines[1]);
        assertTrue(lines.length > 30);
    }

    @Test
    void exportingOverAnInputIsRefusedAndLeavesItAlone() throws Exception {
        Path src = Files.copy(Path.of(SRC), dir.resolve("s.zh.txt"));
        Path tgt = Files.copy(Path.of(TGT), dir.resolve("t.txt"));
        byte[] before = Files.readAllBytes(tgt);
        CliTest.Run r = run("export", src.toString(), tgt.toString(), "--out", tgt.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertEquals("aligncheck: " + tgt + ": is an input of this export; refusing to overwrite it", r.err().strip());
        assertArrayEquals(before, Files.readAllBytes(tgt));
        Path tmx = dir.resolve("a.tmx");
        assertEquals(ExitCode.CLEAN, run("export", src.toString(), tgt.toString(), "--out", tmx.toString()).code());
        byte[] tmxBytes = Files.readAllBytes(tmx);
        CliTest.Run again = run("export", tmx.toString(), "--out", tmx.toString());
        assertEquals(ExitCode.BAD_INPUT, again.code());
        assertArrayEquals(tmxBytes, Files.readAllBytes(tmx));
    }

    @Test
    void aTmxConvertsToXliff() throws Exception {
        Path tmx = dir.resolve("a.tmx");
        Path xlf = dir.resolve("a.xlf");
        assertEquals(ExitCode.CLEAN, run("export", SRC, TGT, "--out", tmx.toString()).code());
        CliTest.Run r = run("export", tmx.toString(), "--out", xlf.toString());
        assertEquals(ExitCode.CLEAN, r.code(), r.err());
        assertEquals(findings(run("check", tmx.toString()).out()), findings(run("check", xlf.toString()).out()));
    }

    @Test
    void formatMustBeKnown() {
        CliTest.Run r = run("export", SRC, TGT, "--out", dir.resolve("x.json").toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("--format is needed"), r.err());
        assertEquals(ExitCode.USAGE, run("export", SRC, TGT).code());
        assertEquals(ExitCode.USAGE, run("export", SRC, TGT, "--format", "pdf").code());
        assertFalse(Files.exists(dir.resolve("x.json")));
    }

    @Test
    void hostileBilingualFileIsOneLineAndExitThree() {
        String xxe = "src/test/resources/aligncheck/io/malicious/xxe.tmx";
        CliTest.Run r = run("check", xxe);
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("aligncheck: " + xxe + ":2:"), r.err());
        assertTrue(r.err().contains("DOCTYPE declaration is not allowed"), r.err());
        assertEquals(1, r.err().strip().lines().count());
        assertEquals("", r.out());
    }
}
