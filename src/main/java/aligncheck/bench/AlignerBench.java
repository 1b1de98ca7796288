package aligncheck.bench;

import aligncheck.align.AlignHints;
import aligncheck.align.Aligner;
import aligncheck.align.Alignment;
import aligncheck.align.Lexicons;
import aligncheck.align.Link;
import aligncheck.align.eval.GoldDocument;
import aligncheck.align.eval.Scorer;
import aligncheck.align.eval.Scores;
import aligncheck.batch.DocumentPair;
import aligncheck.io.InputException;
import aligncheck.io.TextFileReader;
import aligncheck.pipeline.Pipeline;
import aligncheck.segment.LanguageDetector;
import aligncheck.text.Language;
import aligncheck.text.LoadedText;
import aligncheck.text.Sentence;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Collection;

/**
 * The aligner's own speed, apart from the checks: {@code aligncheck bench --align}. The aligner timed is the one
 * {@code check} uses ({@link Pipeline#aligner()}: windows on all cores for a long document). The lexicons it needs
 * (ECDICT; for Japanese EDICT when installed, and Kuromoji) are loaded and timed first, apart.
 *
 * <ul>
 *   <li>{@link #gold}: a document in the gold layout ({@code src.txt}, {@code tgt.txt}, one sentence per line,
 *   aligned as given, as {@code eval} does, without glossary anchors), aligned over warm-up and measured runs in
 *   one JVM: the first (cold) run, then the median, min and max wall and process CPU time of the measured runs;
 *   exact-match and strict F1 when {@code gold.txt} is there.</li>
 *   <li>{@link #synthetic}: documents of whole copies of the shipped corpora ({@link SyntheticCorpus}; one single
 *   document by default), each read, segmented and aligned once, in a fresh heap: read, segment and align time,
 *   process CPU, peak heap, and each corpus copy's alignment compared with the corpus's own
 *   {@code alignment.txt} ({@link CopyComparison}).</li>
 * </ul>
 */
public final class AlignerBench {
    private final Pipeline pipeline;
    private final PrintWriter out;

    public AlignerBench(Pipeline pipeline, PrintWriter out) {
        this.pipeline = pipeline;
        this.out = out;
    }

    /** The lexicons aligning these languages uses loaded (or found loaded), their load times printed. */
    private void lexicons(Collection<Language> languages) {
        Lexicons lexicons = pipeline.options().lexicons();
        languages.forEach(lexicons::load);
        out.println("lexicons: " + lexicons.loadTimes() + " (loaded before the timed runs)");
        out.flush();
    }

    /**
     * @param dir        a gold-layout document folder
     * @param language   the source language, or null to detect it from src.txt
     * @param warmup     runs before the measured ones (the first is also printed: a cold JVM)
     * @param iterations measured runs, at least 1
     */
    public void gold(Path dir, Language language, int warmup, int iterations) throws IOException {
        List<String> srcLines = GoldDocument.lines(dir.resolve("src.txt"));
        List<String> tgtLines = GoldDocument.lines(dir.resolve("tgt.txt"));
        Path goldFile = dir.resolve("gold.txt");
        List<Link> gold = Files.isRegularFile(goldFile) ? GoldDocument.readLinks(goldFile) : null;
        Language lang = language != null ? language : LanguageDetector.detectSource(String.join("\n", srcLines));
        lexicons(List.of(lang));
        List<Sentence> source = GoldDocument.asSentences(srcLines);
        List<Sentence> target = GoldDocument.asSentences(tgtLines);
        Aligner aligner = pipeline.aligner();
        AlignHints hints = AlignHints.none(lang);
        out.printf(Locale.ROOT, "document: %s, %d %s / %d en sentences (lines as given)%n", dir, source.size(),
                lang.code(), target.size());
        out.flush();
        int runs = warmup + iterations;
        double[] wall = new double[iterations];
        double[] cpu = new double[iterations];
        Alignment last = null;
        for (int r = 0; r < runs; r++) {
            long c0 = SyntheticBench.cpuNanos();
            long t0 = System.nanoTime();
            last = aligner.align(source, target, hints);
            double w = ms(t0);
            double c = (SyntheticBench.cpuNanos() - c0) / 1e6;
            if (r == 0) {
                out.printf(Locale.ROOT, "first run (cold JVM): %.0f ms wall, %.0f ms CPU%n", w, c);
                out.flush();
            }
            if (r >= warmup) {
                wall[r - warmup] = w;
                cpu[r - warmup] = c;
            }
        }
        out.printf(Locale.ROOT, "align, %d warm-up, %d measured: wall median %.0f ms (min %.0f, max %.0f), process "
                        + "CPU median %.0f ms (min %.0f, max %.0f); %d links, %d cores%n", warmup, iterations,
                median(wall), min(wall), max(wall), median(cpu), min(cpu), max(cpu), last.links().size(),
                Runtime.getRuntime().availableProcessors());
        if (gold != null) {
            Scores s = Scorer.score(List.of(gold), List.of(last.links()));
            out.printf(Locale.ROOT, "gold: exact-match P/R/F1 %.3f/%.3f/%.3f, strict F1 %.3f%n", s.exactP(),
                    s.exactR(), s.exactF1(), s.strictF1());
        }
        out.flush();
    }

    /** What one corpus copy looks like once segmented: its sentence counts and its own alignment. */
    private record Reference(int sourceSentences, int targetSentences, List<Link> links) {
    }

    /**
     * @param corpora     the shipped corpora to repeat
     * @param work        where to write the documents
     * @param pairs       sentence pairs in all
     * @param perDocument sentence pairs per document (0 or {@code pairs}: one document)
     * @return whether every copy of every document was aligned as its corpus's alignment.txt
     */
    public boolean synthetic(Path corpora, Path work, long pairs, long perDocument) throws IOException, InterruptedException,
            InputException {
        long tw = System.nanoTime();
        SyntheticCorpus.Written input = SyntheticCorpus.write(corpora, work, pairs, perDocument == 0 ? pairs
                : perDocument);
        out.printf(Locale.ROOT, "input: %d sentence pairs in %d document(s) written to %s in %.0f ms%n",
                input.links(), input.pairs().size(), work, ms(tw));
        Map<String, Reference> refs = new HashMap<>();
        Set<Language> languages = new TreeSet<>();
        for (SyntheticCorpus.Corpus c : SyntheticCorpus.read(corpora)) {
            DocumentPair one = SyntheticCorpus.writeOne(c, work);
            Pipeline.Segmented seg = pipeline.segment(TextFileReader.read(one.source(), null),
                    TextFileReader.read(one.target(), null));
            languages.add(seg.language());
            refs.put(c.name(), new Reference(seg.sourceSentences().size(), seg.targetSentences().size(),
                    GoldDocument.readLinks(corpora.resolve(c.name()).resolve("alignment.txt"))));
        }
        lexicons(languages);
        out.flush();

        System.gc();
        HeapSampler.resetPoolPeaks();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long readNs = 0;
        long segmentNs = 0;
        long alignNs = 0;
        long sentences = 0;
        long links = 0;
        boolean allExact = true;
        long cpu0 = SyntheticBench.cpuNanos();
        long start = System.nanoTime();
        try {
            for (int d = 0; d < input.pairs().size(); d++) {
                DocumentPair pair = input.pairs().get(d);
                SyntheticCorpus.Copies copies = input.copies().get(d);
                long t0 = System.nanoTime();
                LoadedText src = TextFileReader.read(pair.source(), null);
                LoadedText tgt = TextFileReader.read(pair.target(), null);
                long t1 = System.nanoTime();
                Pipeline.Segmented seg = pipeline.segment(src, tgt);
                long t2 = System.nanoTime();
                List<Link> aligned = pipeline.align(seg).alignment().links();
                long t3 = System.nanoTime();
                readNs += t1 - t0;
                segmentNs += t2 - t1;
                alignNs += t3 - t2;
                int ns = seg.sourceSentences().size();
                int nt = seg.targetSentences().size();
                sentences += ns + nt;
                links += aligned.size();
                Reference ref = refs.get(copies.corpus());
                int k = (int) copies.copies();
                String head = String.format(Locale.ROOT, "%s: %d copies of %s, %d / %d sentences, %d links", pair.name(),
                        k, copies.corpus(), ns, nt, aligned.size());
                if (ns != k * ref.sourceSentences() || nt != k * ref.targetSentences()) {
                    allExact = false;
                    out.printf(Locale.ROOT, "%s: NOT comparable, a copy alone has %d / %d sentences%n", head,
                            ref.sourceSentences(), ref.targetSentences());
                } else {
                    CopyComparison cmp = CopyComparison.of(aligned, k, ref.sourceSentences(),
                            ref.targetSentences(), ref.links());
                    allExact &= cmp.exact() == cmp.copies();
                    out.printf(Locale.ROOT, "%s: %d of %d copies aligned as alignment.txt, %d as the first copy, "
                                    + "%d links across copies%s%n", head, cmp.exact(), cmp.copies(), cmp.likeFirst(),
                            cmp.crossing(), cmp.firstWrong() < 0 ? "" : " (first other: copy " + cmp.firstWrong()
                                    + ")");
                }
                out.flush();
            }
        } finally {
            sampler.stop();
        }
        double whole = (System.nanoTime() - start) / 1e9;
        double cpu = (SyntheticBench.cpuNanos() - cpu0) / 1e9;
        out.printf(Locale.ROOT, "read %.1f s, segment %.1f s, align %.1f s; read+segment+align %.1f s wall, %.1f s "
                        + "process CPU on %d cores (%d sentences, %d links)%n", readNs / 1e9, segmentNs / 1e9,
                alignNs / 1e9, whole, cpu, Runtime.getRuntime().availableProcessors(), sentences, links);
        out.printf(Locale.ROOT, "heap: peak in use %d MB (the most before a collection), peak live after a "
                        + "collection %d MB, max heap %d MB (heap pools' peaks summed, an upper bound: %d MB)%n",
                sampler.peakBeforeCollection() >> 20, sampler.peakLive >> 20, Runtime.getRuntime().maxMemory() >> 20,
                HeapSampler.poolPeaks() >> 20);
        out.printf("copies: %s%n", allExact ? "every copy aligned as its corpus's alignment.txt" : "NOT all as "
                + "alignment.txt");
        out.flush();
        return allExact;
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double min(double[] xs) {
        return Arrays.stream(xs).min().orElse(0);
    }

    private static double max(double[] xs) {
        return Arrays.stream(xs).max().orElse(0);
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
