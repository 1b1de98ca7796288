package aligncheck.bench;

import aligncheck.align.BilingualLexicon;
import aligncheck.batch.BatchRunner;
import aligncheck.batch.DocumentPair;
import aligncheck.batch.Outcome;
import aligncheck.glossary.GlossarySet;
import aligncheck.pipeline.CheckResult;
import aligncheck.pipeline.Pipeline;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The scale benchmark: synthetic pairs ({@link SyntheticCorpus}) checked against a grown glossary
 * ({@link SyntheticGlossary}) by the batch runner, as {@code aligncheck batch} does, without reports. Prints the
 * setup times, the wall time of the check (load, segment, align, check of every pair), the throughput, the
 * process CPU time (the figure to compare when other work shares the machine), the heap during the check
 * (peak in use, peak live after a collection; sampled) and the findings against
 * those expected (copies × each corpus's expected.tsv).
 */
public final class SyntheticBench {
    private final Pipeline.Options options;
    private final GlossarySet real;
    private final Path corpora;
    private final Path work;

    public SyntheticBench(Pipeline.Options options, GlossarySet real, Path corpora, Path work) {
        this.options = options;
        this.real = real;
        this.corpora = corpora;
        this.work = work;
    }

    public void run(long links, long perDocument, int glossarySize, int threads, PrintWriter out) throws Exception {
        long t0 = System.nanoTime();
        GlossarySet glossaries = SyntheticGlossary.grow(real, glossarySize);
        double glossaryMs = ms(t0);
        long t1 = System.nanoTime();
        SyntheticCorpus.Written input = SyntheticCorpus.write(corpora, work, links, perDocument);
        double writeMs = ms(t1);
        long t2 = System.nanoTime();
        BilingualLexicon.ecdict();
        double lexiconMs = ms(t2);
        out.printf(Locale.ROOT, "glossary: %d entries (%d real) built in %.0f ms%n", glossaries.entries().size(),
                real.entries().size(), glossaryMs);
        out.printf(Locale.ROOT, "input: %d sentence pairs in %d documents written to %s in %.0f ms%n",
                input.links(), input.pairs().size(), work, writeMs);
        out.printf(Locale.ROOT, "lexicon (ECDICT) loaded in %.0f ms%n", lexiconMs);
        out.flush();

        System.gc();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long[] counts = new long[4];
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        new BatchRunner(options, glossaries, threads).run(input.pairs(), new BatchRunner.Listener() {
            @Override
            public void finished(int index, DocumentPair pair, Outcome outcome) {
            }

            @Override
            public void inOrder(int index, DocumentPair pair, Outcome outcome) {
                if (outcome instanceof Outcome.Checked c) {
                    CheckResult r = c.result();
                    counts[0] += r.document().alignment().links().size();
                    counts[1] += r.findings().size();
                } else if (outcome instanceof Outcome.Failed f) {
                    counts[2]++;
                    out.println("not checked: " + f.failure().message());
                }
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        sampler.stop();
        out.printf(Locale.ROOT, "check: %d documents, %d links, %d findings (expected %d%s), %d not checked%n",
                input.pairs().size(), counts[0], counts[1], input.expectedFindings(),
                counts[1] == input.expectedFindings() ? ", equal" : ", DIFFERENT", counts[2]);
        out.printf(Locale.ROOT, "time: %.1f s on %d threads (%d cores), %.0f sentence pairs/s%n", seconds, threads,
                Runtime.getRuntime().availableProcessors(), counts[0] / seconds);
        out.printf(Locale.ROOT, "cpu: %.1f s of process CPU time (%.2f ms per sentence pair; on an otherwise idle "
                + "machine the time is about cpu / %d)%n", cpu, cpu * 1000 / counts[0], threads);
        out.printf(Locale.ROOT, "heap during the check: peak in use %d MB, peak live after a collection %d MB "
                + "(max heap %d MB)%n", sampler.peakUsed >> 20, sampler.peakLive >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
    }

    /** CPU time of the whole process (all threads, GC and JIT included), or -1 when the JVM cannot tell. */
    static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
