package aligncheck.cli;

import aligncheck.align.BilingualLexicon;
import aligncheck.bench.AlignerBench;
import aligncheck.bench.SyntheticBench;
import aligncheck.glossary.GlossarySet;
import aligncheck.pipeline.CheckResult;
import aligncheck.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Files;
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
 * {@code aligncheck bench --synthetic N}: the scale benchmark of the whole check ({@link SyntheticBench}).
 * {@code aligncheck bench --align DOC_DIR} and {@code bench --align --synthetic N}: the aligner alone
 * ({@link AlignerBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark: time `check` on a document pair (after JVM warm-up) and print the figures.",
                "With --synthetic N instead of SOURCE TARGET: check N sentence pairs made by repeating the shipped "
                        + "corpora, against a glossary grown to --glossary-size entries, on all cores; print the "
                        + "time, the throughput and the peak heap (run it with -Xmx to prove a bound).",
                "With --align DOC_DIR: time the aligner alone on a gold-layout document (src.txt, tgt.txt, lines "
                        + "aligned as given; scored when gold.txt is there). With --align --synthetic N: segment "
                        + "and align one document of N sentence pairs (or documents of --pairs-per-document) made "
                        + "by repeating the shipped corpora, and compare each copy with its alignment.txt."})
public final class BenchCommand implements Callable<Integer> {
    static final int DEFAULT_GLOSSARY_SIZE = 10000;
    static final long DEFAULT_PAIRS_PER_DOCUMENT = 1000;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", arity = "0..1",
            description = "The source file; with --align, the gold-layout document folder.")
    Path source;

    @Parameters(index = "1", paramLabel = "TARGET", arity = "0..1")
    Path target;

    @Option(names = "--align", description = "Time the aligner alone (lexicon loading apart): on DOC_DIR, or with "
            + "--synthetic on synthetic documents.")
    boolean align;

    @Option(names = "--synthetic", paramLabel = "PAIRS",
            description = "Scale benchmark on this many synthetic sentence pairs.")
    Long synthetic;

    @Option(names = "--glossary-size", paramLabel = "N",
            description = "Synthetic check: glossary entries, the real ones included (default: "
                    + DEFAULT_GLOSSARY_SIZE + ").")
    Integer glossarySize;

    @Option(names = "--pairs-per-document", paramLabel = "N",
            description = "Synthetic: sentence pairs per document (whole corpus copies; default: "
                    + DEFAULT_PAIRS_PER_DOCUMENT + ", with --align as many as --synthetic: one single document).")
    Long pairsPerDocument;

    @Option(names = "--threads", paramLabel = "N", description = "Synthetic check: documents checked at once "
            + "(default: the number of cores).")
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

    /** What to run, from the arguments. */
    enum Mode { CHECK, SYNTHETIC_CHECK, ALIGN, SYNTHETIC_ALIGN }

    /** The mode the arguments ask for; a usage error (exit 2) when they do not fit together. */
    Mode mode() {
        if (warmup < 0 || iterations < 1) {
            throw usage("--warmup must be at least 0 and --iterations at least 1");
        }
        if (synthetic != null) {
            if (source != null) {
                throw usage("give either " + (align ? "DOC_DIR" : "SOURCE TARGET") + " or --synthetic, not both");
            }
            if (!Files.isDirectory(corpora)) {
                throw usage("--corpora " + corpora + ": not a folder (run from the project folder, or give it)");
            }
            if (synthetic < 1 || pairsPerDocument != null && pairsPerDocument < 1) {
                throw usage("--synthetic and --pairs-per-document must be at least 1");
            }
            if (align) {
                if (glossarySize != null || threads != null) {
                    throw usage("--glossary-size and --threads are for the synthetic check, not --align");
                }
                return Mode.SYNTHETIC_ALIGN;
            }
            if (threads != null && threads < 1 || glossarySize != null && glossarySize < 0) {
                throw usage("--threads must be at least 1, --glossary-size at least 0");
            }
            return Mode.SYNTHETIC_CHECK;
        }
        if (glossarySize != null || threads != null || pairsPerDocument != null) {
            throw usage("--glossary-size, --threads and --pairs-per-document need --synthetic");
        }
        if (align) {
            if (source == null || target != null) {
                throw usage("--align takes one DOC_DIR (src.txt, tgt.txt, optionally gold.txt) or --synthetic N");
            }
            if (!Files.isRegularFile(source.resolve("src.txt")) || !Files.isRegularFile(source.resolve("tgt.txt"))) {
                throw usage(source + ": not a gold-layout document folder (src.txt and tgt.txt)");
            }
            return Mode.ALIGN;
        }
        if (source == null || target == null) {
            throw usage("SOURCE and TARGET are required");
        }
        return Mode.CHECK;
    }

    private picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        switch (mode()) {
            case SYNTHETIC_CHECK -> {
                int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
                new SyntheticBench(pipelineOptions.options(), pipelineOptions.glossarySet(), corpora, work).run(
                        synthetic, pairsPerDocument == null ? DEFAULT_PAIRS_PER_DOCUMENT : pairsPerDocument,
                        glossarySize == null ? DEFAULT_GLOSSARY_SIZE : glossarySize, n, out);
                return ExitCode.CLEAN;
            }
            case SYNTHETIC_ALIGN -> {
                new AlignerBench(pipelineOptions.pipeline(), out).synthetic(corpora, work, synthetic,
                        pairsPerDocument == null ? synthetic : pairsPerDocument);
                return ExitCode.CLEAN;
            }
            case ALIGN -> {
                new AlignerBench(pipelineOptions.pipeline(), out).gold(source, pipelineOptions.options()
                        .sourceLanguage(), warmup, iterations);
                return ExitCode.CLEAN;
            }
            default -> {
                return checkBench(out);
            }
        }
    }

    private int checkBench(PrintWriter out) throws Exception {
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
