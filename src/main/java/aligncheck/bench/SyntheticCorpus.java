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

    /**
     * What was written: the pairs, the sentence pairs they hold and the findings they should give, and for each
     * pair (same order) the corpus it repeats and how many times.
     */
    public record Written(List<DocumentPair> pairs, long links, long expectedFindings, List<Copies> copies) {
        public Written {
            pairs = List.copyOf(pairs);
            copies = List.copyOf(copies);
            if (copies.size() != pairs.size()) {
                throw new IllegalArgumentException("one Copies per pair");
            }
        }
    }

    /** A document's content: {@code copies} whole copies of the shipped corpus in folder {@code corpus}. */
    public record Copies(String corpus, long copies) {
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
        List<Copies> made = new ArrayList<>();
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
            made.add(new Copies(c.name(), copies));
            total += copies * c.links();
            expected += copies * c.findings();
            turn++;
        }
        return new Written(pairs, total, expected, made);
    }

    /**
     * Writes one copy of a corpus (as a document of {@link #write} holds it) to {@code out}: the pair
     * {@code <corpus>.one.<ext>.txt}, {@code <corpus>.one.en.txt}.
     */
    static DocumentPair writeOne(Corpus c, Path out) throws IOException {
        Files.createDirectories(out);
        Path src = out.resolve(c.name() + ".one." + c.sourceExt() + ".txt");
        Path tgt = out.resolve(c.name() + ".one.en.txt");
        repeat(c.source(), 1, src);
        repeat(c.target(), 1, tgt);
        return new DocumentPair(c.name(), src, tgt, null);
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
