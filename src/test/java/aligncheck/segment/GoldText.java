package aligncheck.segment;

import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A hand-split test text: a resource with one gold sentence per line and a blank line between paragraphs, turned
 * into the running text a splitter sees (sentences joined by {@code separator}, one paragraph per line) together
 * with the gold spans in that text.
 */
record GoldText(String text, List<Span> sentences) {

    static GoldText load(String resource, String separator) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        boolean paragraphOpen = false;
        for (String line : read(resource).split("\n", -1)) {
            if (line.isBlank()) {
                paragraphOpen = false;
                continue;
            }
            if (paragraphOpen) {
                text.append(separator);
            } else if (!text.isEmpty()) {
                text.append('\n');
            }
            spans.add(new Span(text.length(), text.length() + line.length()));
            text.append(line);
            paragraphOpen = true;
        }
        return new GoldText(text.toString(), List.copyOf(spans));
    }

    /** How many gold sentences the splitter got exactly right (same span). */
    int rightOf(List<Sentence> split) {
        Set<Span> found = new HashSet<>();
        split.forEach(s -> found.add(s.span()));
        return (int) sentences.stream().filter(found::contains).count();
    }

    /** The gold sentences the splitter missed, as text, for failure messages. */
    List<String> missedBy(List<Sentence> split) {
        Set<Span> found = new HashSet<>();
        split.forEach(s -> found.add(s.span()));
        return sentences.stream().filter(s -> !found.contains(s)).map(s -> s.of(text)).toList();
    }

    private static String read(String resource) {
        try (InputStream in = GoldText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
