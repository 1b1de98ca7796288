package aligncheck.align.eval;

import aligncheck.text.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A gold set: the documents under {@code <evalRoot>/<name>/<doc>/} (folders with a gold.txt), in name order, as
 * score.py reads them.
 */
public record GoldSet(String name, Language sourceLanguage, List<GoldDocument> documents) {
    public GoldSet {
        documents = List.copyOf(documents);
    }

    public static GoldSet read(Path dir) {
        String name = dir.getFileName().toString();
        try (Stream<Path> docs = Files.list(dir)) {
            List<GoldDocument> read = docs.filter(d -> Files.isRegularFile(d.resolve("gold.txt")))
                    .sorted().map(GoldDocument::read).toList();
            return new GoldSet(name, languageOf(name), read);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold set " + dir, e);
        }
    }

    /** Every set under an evaluation root (sub-folders that hold at least one document), in name order. */
    public static List<GoldSet> readAll(Path evalRoot) {
        try (Stream<Path> sets = Files.list(evalRoot)) {
            return sets.filter(Files::isDirectory).sorted().map(GoldSet::read)
                    .filter(s -> !s.documents().isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + evalRoot, e);
        }
    }

    /** The source language a set's name states ({@code ja-…} is Japanese, anything else Chinese). */
    static Language languageOf(String setName) {
        return setName.startsWith("ja") ? Language.JA : Language.ZH;
    }
}
