package aligncheck.align.eval;

import aligncheck.align.AlignHints;
import aligncheck.align.Aligner;
import aligncheck.align.Alignment;
import aligncheck.align.DynamicProgrammingAligner;
import aligncheck.align.Link;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs an aligner on every gold set under an evaluation root and scores it with {@link Scorer}.
 * Command line: {@code Evaluation EVAL_ROOT [OUT_DIR]} prints the table; with OUT_DIR it also writes
 * {@code OUT_DIR/<set>/<doc>.align}, which {@code score.py <set dir> OUT_DIR/<set>} reads.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * Scores of one set, its links' confidence against their correctness, and the wall time its documents took to
     * align (gold reading excluded).
     */
    public record SetResult(String set, int documents, Scores scores, Calibration calibration, double alignSeconds) {
    }

    /**
     * Aligns every document of every set (no glossary hints) and scores each set.
     *
     * @param outDir where to write {@code <set>/<doc>.align}; null to write nothing
     */
    public static List<SetResult> run(Path evalRoot, Aligner aligner, Path outDir) {
        return run(GoldSet.readAll(evalRoot), aligner, outDir);
    }

    /** Aligns every document of the given sets (no glossary hints) and scores each set. */
    public static List<SetResult> run(List<GoldSet> sets, Aligner aligner, Path outDir) {
        List<SetResult> results = new ArrayList<>();
        for (GoldSet set : sets) {
            results.add(run(set, aligner, outDir));
        }
        return results;
    }

    public static SetResult run(GoldSet set, Aligner aligner, Path outDir) {
        List<List<Link>> golds = new ArrayList<>();
        List<List<Link>> tests = new ArrayList<>();
        long nanos = 0;
        for (GoldDocument doc : set.documents()) {
            long t0 = System.nanoTime();
            Alignment a = aligner.align(doc.sourceSentences(), doc.targetSentences(),
                    AlignHints.none(set.sourceLanguage()));
            nanos += System.nanoTime() - t0;
            golds.add(doc.gold());
            tests.add(a.links());
            if (outDir != null) {
                write(outDir.resolve(set.name()).resolve(doc.name() + ".align"), a);
            }
        }
        return new SetResult(set.name(), set.documents().size(), Scorer.score(golds, tests),
                Calibration.of(golds, tests), nanos / 1e9);
    }

    private static void write(Path file, Alignment a) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, a.format(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A fixed-width table: one row per set with strict, lax and exact P/R/F1 and the alignment time. */
    public static String table(List<SetResult> results) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%-18s %4s | %-17s | %-17s | %-17s | %7s%n", "set", "docs", "strict P/R/F1", "lax P/R/F1",
                "exact P/R/F1", "seconds"));
        for (SetResult r : results) {
            Scores s = r.scores();
            b.append(String.format(Locale.ROOT,
                    "%-18s %4d | %.3f/%.3f/%.3f | %.3f/%.3f/%.3f | %.3f/%.3f/%.3f | %7.3f%n", r.set(), r.documents(),
                    s.strictP(), s.strictR(), s.strictF1(), s.laxP(), s.laxR(), s.laxF1(), s.exactP(), s.exactR(),
                    s.exactF1(), r.alignSeconds()));
        }
        return b.toString();
    }

    /** Per set, the links by confidence and the share of each bin that is exactly right. */
    public static String calibrationTable(List<SetResult> results) {
        StringBuilder b = new StringBuilder("confidence of the links produced (share exactly in gold):\n");
        for (SetResult r : results) {
            b.append(String.format(Locale.ROOT, "%-18s %s%n", r.set(), r.calibration().format()));
        }
        return b.toString();
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: Evaluation EVAL_ROOT [OUT_DIR]");
            System.exit(2);
        }
        Path out = args.length > 1 ? Path.of(args[1]) : null;
        System.out.print(table(run(Path.of(args[0]), new DynamicProgrammingAligner(), out)));
    }
}
