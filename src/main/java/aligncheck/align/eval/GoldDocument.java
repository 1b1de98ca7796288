package aligncheck.align.eval;

import aligncheck.align.Link;
import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One gold document: source and target sentences, one per line as the gold was made on, and the gold links.
 *
 * @param name   the document's folder name (also the name of its {@code <name>.align} output file)
 * @param source source sentences, one per line of src.txt
 * @param target target sentences, one per line of tgt.txt
 * @param gold   the links of gold.txt in file order
 */
public record GoldDocument(String name, List<String> source, List<String> target, List<Link> gold) {
    public GoldDocument {
        source = List.copyOf(source);
        target = List.copyOf(target);
        gold = List.copyOf(gold);
    }

    /** Reads {@code dir/src.txt}, {@code dir/tgt.txt} and {@code dir/gold.txt}. */
    public static GoldDocument read(Path dir) {
        try {
            return new GoldDocument(dir.getFileName().toString(), lines(dir.resolve("src.txt")),
                    lines(dir.resolve("tgt.txt")), readLinks(dir.resolve("gold.txt")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold document " + dir, e);
        }
    }

    /** Links of a link file, one per non-blank line ({@code [0,1]:[0]}). */
    public static List<Link> readLinks(Path file) throws IOException {
        List<Link> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(Link.parse(line));
            }
        }
        return out;
    }

    /** The lines of a gold-layout text file (UTF-8, a BOM dropped, no last empty line). */
    public static List<String> lines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> out = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    public List<Sentence> sourceSentences() {
        return asSentences(source);
    }

    public List<Sentence> targetSentences() {
        return asSentences(target);
    }

    /**
     * One sentence per line, as the gold files are; spans refer to the lines joined with "\n", all sentences in
     * paragraph 0 (the gold files carry no paragraph structure).
     */
    public static List<Sentence> asSentences(List<String> lines) {
        List<Sentence> out = new ArrayList<>(lines.size());
        int offset = 0;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            String text = line.strip();
            int start = offset + line.indexOf(text);
            out.add(new Sentence(k, text, new Span(start, start + text.length()), 0, k + 1));
            offset += line.length() + 1;
        }
        return out;
    }
}
