package aligncheck.io;

import aligncheck.align.AlignedDocument;
import aligncheck.align.Alignment;
import aligncheck.align.Link;
import aligncheck.glossary.ShippedGlossaries;
import aligncheck.pipeline.CheckResult;
import aligncheck.pipeline.Pipeline;
import aligncheck.text.Language;
import aligncheck.text.LoadedText;
import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Documents to export: the shipped corpora, checked once per test run, and small hand-made pairs. */
final class ExportFixtures {
    static final Path CORPORA = Path.of("corpora");
    private static final Map<Path, CheckResult> CHECKED = new ConcurrentHashMap<>();

    private ExportFixtures() {
    }

    /** The corpus folders (each with source.zh.txt or source.ja.txt and target.en.txt). */
    static List<Path> corpora() {
        try (Stream<Path> s = Files.list(CORPORA)) {
            return s.filter(d -> Files.exists(d.resolve("target.en.txt"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path source(Path corpus) {
        try (Stream<Path> s = Files.list(corpus)) {
            return s.filter(p -> p.getFileName().toString().matches("source\\.(zh|ja)\\.txt")).findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path target(Path corpus) {
        return corpus.resolve("target.en.txt");
    }

    /** The corpus checked with the shipped glossaries. */
    static CheckResult checked(Path corpus) {
        return CHECKED.computeIfAbsent(corpus, d -> {
            try {
                return new Pipeline(Pipeline.Options.defaults(), ShippedGlossaries.load()).check(source(d), target(d));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * A document over the given texts whose sentences are the given strings, found in order in the texts, and whose
     * links are given as {@code [0]:[0,1]}.
     */
    static AlignedDocument doc(Language lang, String sourceText, List<String> source, String targetText,
                               List<String> target, String... links) {
        LoadedText s = new LoadedText(Path.of("src.txt"), sourceText, StandardCharsets.UTF_8);
        LoadedText t = new LoadedText(Path.of("tgt.txt"), targetText, StandardCharsets.UTF_8);
        List<Link> ls = Stream.of(links).map(Link::parse).toList();
        return new AlignedDocument(s, t, lang, sentences(s, source), sentences(t, target), new Alignment(ls));
    }

    private static List<Sentence> sentences(LoadedText text, List<String> sentences) {
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        for (String s : sentences) {
            int at = text.text().indexOf(s, from);
            if (at < 0) {
                throw new IllegalArgumentException("'" + s + "' not in the text after " + from);
            }
            out.add(new Sentence(out.size(), s, new Span(at, at + s.length()), out.size(), text.lineOf(at)));
            from = at + s.length();
        }
        return out;
    }
}
