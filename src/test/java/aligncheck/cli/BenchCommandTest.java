package aligncheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench}: which arguments go together, and the aligner benchmark on small inputs (no timing asserted). */
class BenchCommandTest {
    @TempDir
    Path dir;

    private Path goldDoc(boolean withGold) throws Exception {
        Path d = Files.createDirectories(dir.resolve("doc"));
        Files.writeString(d.resolve("src.txt"), "美国国防部长赫格塞思出席了会议。\n会议在东京举行。\n他发表了讲话。\n");
        Files.writeString(d.resolve("tgt.txt"), "U.S. Defense Secretary Hegseth attended the meeting.\n"
                + "The meeting was held in Tokyo.\nHe gave a speech.\n");
        if (withGold) {
            Files.writeString(d.resolve("gold.txt"), "[0]:[0]\n[1]:[1]\n[2]:[2]\n");
        }
        return d;
    }

    private static void assertUsage(String message, String... args) {
        Run r = CliTest.run(args);
        assertEquals(ExitCode.USAGE, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
    }

    @Test
    void argumentsThatDoNotGoTogetherAreUsageErrors() throws Exception {
        String doc = goldDoc(true).toString();
        assertUsage("--align takes one DOC_DIR", "bench", "--align");
        assertUsage("--align takes one DOC_DIR", "bench", "--align", doc, doc);
        assertUsage("not a gold-layout document folder", "bench", "--align", dir.toString());
        assertUsage("or --synthetic, not both", "bench", "--align", "--synthetic", "10", doc);
        assertUsage("or --synthetic, not both", "bench", "--synthetic", "10", "a.txt");
        assertUsage("not --align", "bench", "--align", "--synthetic", "10", "--glossary-size", "5");
        assertUsage("not --align", "bench", "--align", "--synthetic", "10", "--threads", "1");
        assertUsage("need --synthetic", "bench", "--align", doc, "--pairs-per-document", "5");
        assertUsage("need --synthetic", "bench", "a.txt", "b.txt", "--glossary-size", "5");
        assertUsage("at least 1", "bench", "--align", "--synthetic", "0");
        assertUsage("at least 1", "bench", "--align", "--synthetic", "10", "--pairs-per-document", "0");
        assertUsage("--iterations at least 1", "bench", "--align", doc, "--iterations", "0");
        assertUsage("--warmup must be at least 0", "bench", "--align", doc, "--warmup", "-1");
        assertUsage("SOURCE and TARGET are required", "bench", "a.txt");
        assertUsage("not a folder", "bench", "--align", "--synthetic", "10", "--corpora", dir.resolve("no").toString());
    }

    @Test
    void alignOnAGoldDocumentPrintsTheLexiconTheRunsAndTheScore() throws Exception {
        Run r = CliTest.run("bench", "--align", goldDoc(true).toString(), "--warmup", "1", "--iterations", "3");
        assertEquals(ExitCode.CLEAN, r.code(), r.err());
        assertTrue(r.out().contains("lexicons: ECDICT ") && r.out().contains("(loaded before the timed runs)"), r.out());
        assertTrue(r.out().contains("3 zh / 3 en sentences"), r.out());
        assertTrue(r.out().contains("first run (cold JVM): "), r.out());
        assertTrue(r.out().contains("align, 1 warm-up, 3 measured: wall median "), r.out());
        assertTrue(r.out().contains("gold: exact-match P/R/F1 1.000/1.000/1.000"), r.out());
    }

    @Test
    void alignWithoutGoldIsNotScored() throws Exception {
        Run r = CliTest.run("bench", "--align", goldDoc(false).toString(), "--warmup", "0", "--iterations", "1");
        assertEquals(ExitCode.CLEAN, r.code(), r.err());
        assertTrue(r.out().contains("align, 0 warm-up, 1 measured"), r.out());
        assertTrue(!r.out().contains("gold:"), r.out());
    }

    @Test
    void syntheticAlignComparesEveryCopyWithItsCorpus() {
        Run r = CliTest.run("bench", "--align", "--synthetic", "150", "--pairs-per-document", "70", "--work",
                dir.resolve("work").toString());
        assertEquals(ExitCode.CLEAN, r.code(), r.err());
        assertTrue(r.out().contains("doc00000: 3 copies of ja-japan-us-talks"), r.out());
        assertTrue(r.out().contains("doc00001: 2 copies of zh-us-japan-tariffs"), r.out());
        assertTrue(r.out().contains("3 of 3 copies aligned as alignment.txt, 3 as the first copy, 0 links across"),
                r.out());
        assertTrue(r.out().contains("every copy aligned as its corpus's alignment.txt"), r.out());
        assertTrue(r.out().contains("heap: peak in use "), r.out());
    }
}
