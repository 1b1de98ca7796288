package aligncheck.align.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import aligncheck.align.AlignerConfig;
import aligncheck.align.DynamicProgrammingAligner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the reference scorer /work/shared/eval/score.py on the alignments {@link Evaluation} wrote and checks
 * that {@link Scorer} prints the very same figures. Skipped when the shared data or python3 is absent.
 */
class ScorePyAgreementTest {
    @TempDir
    Path out;

    @Test
    void scorerAgreesWithScorePy() throws Exception {
        Path root = SharedEval.root().orElse(null);
        assumeTrue(root != null, "shared/eval not found above " + Path.of("").toAbsolutePath());
        // a deliberately weak aligner (length only, 1-2 beads at most) gives a mix of right, lax and wrong links
        DynamicProgrammingAligner weak = new DynamicProgrammingAligner(
                AlignerConfig.defaults().withMaxBeadSize(3).withAnchorWeight(0));
        for (String set : List.of("mac-dev-zhen", "ja-en-dev", "pol-zhen")) {
            Path dir = root.resolve(set);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            Evaluation.SetResult r = Evaluation.run(GoldSet.read(dir), weak, out);
            String python = runScorePy(root, dir, out.resolve(set));
            assertEquals(python.strip(), r.scores().format().strip(), set);
        }
    }

    private static String runScorePy(Path root, Path goldDir, Path testDir) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", root.resolve("score.py").toString(), goldDir.toString(),
                    testDir.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not runnable: " + e.getMessage());
            throw e;
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS), "score.py timed out");
        assertEquals(0, p.exitValue(), text);
        return text.replace("\r\n", "\n");
    }
}
