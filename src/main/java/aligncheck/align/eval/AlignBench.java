package aligncheck.align.eval;

import aligncheck.align.AlignHints;
import aligncheck.align.AlignerConfig;
import aligncheck.align.Alignment;
import aligncheck.align.BilingualLexicon;
import aligncheck.align.DynamicProgrammingAligner;
import aligncheck.text.Sentence;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Speed benchmark: {@code AlignBench DOC_DIR [RUNS]} (e.g. shared/eval/bible-zhen-speed/001) prints the ECDICT
 * load time, then the wall time of each alignment run of the document (first run = cold JIT) and the scores of
 * the last run. Wall and CPU time of the aligning thread are both printed (CPU time is the steadier figure on a
 * shared machine); lexicon loading is excluded.
 */
public final class AlignBench {
    private AlignBench() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: AlignBench DOC_DIR [RUNS] [lexicalWeight]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        AlignerConfig config = AlignerConfig.defaults();
        if (args.length > 2) {
            config = config.withLexicalWeight(Double.parseDouble(args[2]));
        }
        long t0 = System.nanoTime();
        BilingualLexicon lexicon = BilingualLexicon.ecdict();
        System.out.printf(Locale.ROOT, "ECDICT lexicon: %.0f ms (%d Chinese words, %d English forms)%n",
                (System.nanoTime() - t0) / 1e6, lexicon.sourceWords(), lexicon.englishWords());
        GoldDocument doc = GoldDocument.read(dir);
        GoldSet set = GoldSet.read(dir.getParent());
        List<Sentence> source = doc.sourceSentences();
        List<Sentence> target = doc.targetSentences();
        DynamicProgrammingAligner aligner = new DynamicProgrammingAligner(config, () -> lexicon);
        Alignment last = null;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            last = aligner.align(source, target, AlignHints.none(set.sourceLanguage()));
            System.out.printf(Locale.ROOT, "run %d: %d × %d sentences aligned in %.0f ms wall, %.0f ms CPU%n", r + 1,
                    source.size(), target.size(), (System.nanoTime() - t) / 1e6,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        System.out.println(Scorer.score(List.of(doc.gold()), List.of(last.links())).format());
    }
}
