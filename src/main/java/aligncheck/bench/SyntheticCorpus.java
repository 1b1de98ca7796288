package aligncheck.bench;

import aligncheck.batch.DocumentPair;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Synthetic input for benchmarks, written to a work folder: the shipped corpora repeated until the intended
 * alignments ({@code alignment.txt}) add up to the number of sentence pairs asked for. A document is whole copies
 * of one corpus, separated by blank lines (so paragraphs stay paragraphs); corpora take turns. Its expected
 * findings are the copies times its corpus's {@code expected.tsv}.
 */
public final class SyntheticCorpus {
    /** One shipped corpus: its texts, intended links and expected findings. */
    record Corpus(String name, String sourceExt, String source, String target, int links, int findings) {
    }

    /** What was written: the pairs, the sentence pairs they hold and the findings they should give. */
    public record Written(List<DocumentPair> pairs, long links, long expectedFindings) {
        public Written {
            pairs = List.copyOf(pairs);
        }
    }

    private SyntheticCorpus() {
    }

    /**
     * @param corpora      the shipped {@code corpora/} folder
     * @param out          where to write (created; files of an earlier run are overwritten)
     * @param links        sentence pairs wanted in all (reached or passed by whole copies)
     * @param perDocument  sentence pairs per document, at least one copy; 0 or more than {@code links}: one
     *                     document per corpus
     */
    public static Written write(Path corpora, Path out, long links, long perDocument) throws IOException {
        List<Corpus> shipped = read(corpora);
        if (shipped.isEmpty()) {
            throw new IOException(corpora + ": no corpus (source.zh|ja.txt, target.en.txt, alignment.txt)");
        }
        Files.createDirectories(out);
        List<DocumentPair> pairs = new ArrayList<>();
        long total = 0;
        long expected = 0;
        long perDoc = perDocument > 0 ? perDocument : (links + shipped.size() - 1) / shipped.size();
        int turn = 0;
        while (total < links) {
            Corpus c = shipped.get(turn % shipped.size());
            long want = Math.min(perDoc, links - total);
            long copies = Math.max(1, (want + c.links() - 1) / c.links());
            String name = String.format("doc%05d", pairs.size());
            Path src = out.resolve(name + "." + c.sourceExt() + ".txt");
            Path tgt = out.resolve(name + ".en.txt");
            repeat(c.source(), copies, src);
            repeat(c.target(), copies, tgt);
            pairs.add(new DocumentPair(name, src, tgt, null));
            total += copies * c.links();
            expected += copies * c.findings();
            turn++;
        }
        return new Written(pairs, total, expected);
    }

    private static void repeat(String text, long copies, Path file) throws IOException {
        String block = text.strip() + "\n\n";
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < copies; i++) {
                w.write(block);
            }
        }
    }

    static List<Corpus> read(Path corpora) throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(corpora)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        List<Corpus> out = new ArrayList<>();
        for (Path d : dirs) {
            for (String ext : List.of("zh", "ja")) {
                Path src = d.resolve("source." + ext + ".txt");
                Path tgt = d.resolve("target.en.txt");
                Path align = d.resolve("alignment.txt");
                if (Files.isRegularFile(src) && Files.isRegularFile(tgt) && Files.isRegularFile(align)) {
                    long links = Files.readAllLines(align).stream().filter(l -> !l.isBlank()).count();
                    Path exp = d.resolve("expected.tsv");
                    long findings = Files.isRegularFile(exp)
                            ? Files.readAllLines(exp).stream().skip(1).filter(l -> !l.isBlank()).count() : 0;
                    out.add(new Corpus(d.getFileName().toString(), ext, Files.readString(src), Files.readString(tgt),
                            (int) links, (int) findings));
                }
            }
        }
        return out;
    }
}
