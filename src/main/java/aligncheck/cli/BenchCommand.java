package aligncheck.cli;

import aligncheck.align.BilingualLexicon;
import aligncheck.bench.SyntheticBench;
import aligncheck.glossary.GlossarySet;
import aligncheck.pipeline.CheckResult;
import aligncheck.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aligncheck bench SOURCE TARGET}: times the whole check (load, segment, align, check) over warm-up and
 * measured iterations in one JVM, and, once and apart, the loading of the glossaries and of the lexicon.
 * {@code aligncheck bench --synthetic N}: the scale benchmark ({@link SyntheticBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark: time `check` on a document pair (after JVM warm-up) and print the figures.",
                "With --synthetic N instead of SOURCE TARGET: check N sentence pairs made by repeating the shipped "
                        + "corpora, against a glossary grown to --glossary-size entries, on all cores; print the "
                        + "time, the throughput and the peak heap (run it with -Xmx to prove a bound)."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", arity = "0..1")
    Path source;

    @Parameters(index = "1", paramLabel = "TARGET", arity = "0..1")
    Path target;

    @Option(names = "--synthetic", paramLabel = "PAIRS",
            description = "Scale benchmark on this many synthetic sentence pairs.")
    Long synthetic;

    @Option(names = "--glossary-size", paramLabel = "N", defaultValue = "10000",
            description = "Synthetic: glossary entries, the real ones included (default: ${DEFAULT-VALUE}).")
    int glossarySize;

    @Option(names = "--pairs-per-document", paramLabel = "N", defaultValue = "1000",
            description = "Synthetic: sentence pairs per document (whole corpus copies; default: ${DEFAULT-VALUE};"
                    + " as large as --synthetic for one single document).")
    long pairsPerDocument;

    @Option(names = "--threads", paramLabel = "N", description = "Synthetic: documents checked at once (default: "
            + "the number of cores).")
    Integer threads;

    @Option(names = "--corpora", paramLabel = "DIR", defaultValue = "corpora",
            description = "Synthetic: the corpora to repeat (default: ${DEFAULT-VALUE}).")
    Path corpora;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench-synthetic",
            description = "Synthetic: where to write the generated files (default: ${DEFAULT-VALUE}).")
    Path work;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up iterations (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--iterations", defaultValue = "10", description = "Measured iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (synthetic != null) {
            if (source != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "give either SOURCE TARGET or --synthetic, not both");
            }
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (synthetic < 1 || n < 1 || glossarySize < 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--synthetic and --threads must be at least 1, --glossary-size at least 0");
            }
            new SyntheticBench(pipelineOptions.options(), pipelineOptions.glossarySet(), corpora, work).run(
                    synthetic, pairsPerDocument, glossarySize, n, out);
            return ExitCode.CLEAN;
        }
        if (source == null || target == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "SOURCE and TARGET are required");
        }
        long t0 = System.nanoTime();
        Pipeline pipeline = pipelineOptions.pipeline();
        GlossarySet glossaries = pipeline.glossaries();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        long t1 = System.nanoTime();
        BilingualLexicon lexicon = BilingualLexicon.ecdict();
        double lexiconMs = (System.nanoTime() - t1) / 1e6;
        CheckResult last = null;
        for (int i = 0; i < warmup; i++) {
            last = pipeline.check(source, target);
        }
        double[] ms = new double[Math.max(1, iterations)];
        for (int i = 0; i < ms.length; i++) {
            long s = System.nanoTime();
            last = pipeline.check(source, target);
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        double mean = Arrays.stream(ms).average().orElse(0);
        out.printf(Locale.ROOT, "glossaries: %d entries loaded in %.0f ms%n", glossaries.entries().size(), loadMs);
        out.printf(Locale.ROOT, "lexicon (ECDICT): %d Chinese words loaded in %.0f ms%n", lexicon.sourceWords(),
                lexiconMs);
        out.printf(Locale.ROOT, "document: %d source / %d target sentences, %d links, %d findings%n",
                last.document().source().size(), last.document().target().size(),
                last.document().alignment().links().size(), last.findings().size());
        out.printf(Locale.ROOT, "check (load+segment+align+check), %d warm-up, %d measured: min %.1f ms, "
                + "median %.1f ms, mean %.1f ms, max %.1f ms%n", warmup, ms.length, ms[0], ms[ms.length / 2], mean,
                ms[ms.length - 1]);
        out.printf(Locale.ROOT, "heap used after run: %d MB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        out.flush();
        return ExitCode.CLEAN;
    }
}
