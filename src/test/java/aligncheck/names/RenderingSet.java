package aligncheck.names;

import aligncheck.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The calibration set {@code renderings.tsv}: renderings of real people's names, labelled right or wrong. */
record RenderingSet(List<Row> rows) {
    record Row(String lang, SourceName name, String english, boolean wrong, String kind) {
        /** Held out from calibration: half of the people, by a fixed hash of the source (both labels together). */
        boolean heldOut() {
            return (name.key().hashCode() & 1) == 0;
        }
    }

    static RenderingSet load() {
        try (InputStream in = RenderingSet.class.getResourceAsStream("renderings.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Row> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.startsWith("#") || line.startsWith("lang\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(new Row(f[0], name(f[1], f[2]), f[3], f[4].equals("wrong"), f[5]));
            }
            return new RenderingSet(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceName name(String kind, String source) {
        List<String> parts = Arrays.stream(source.split("[ ·・]")).filter(s -> !s.isEmpty()).toList();
        NameKind k = switch (kind) {
            case "translit" -> NameKind.TRANSLITERATED;
            case "katakana" -> NameKind.KATAKANA;
            case "kanji" -> NameKind.KANJI_PERSON;
            case "han" -> NameKind.HAN_PERSON;
            default -> throw new IllegalArgumentException(kind);
        };
        String text = kind.equals("kanji") || kind.equals("han") ? String.join("", parts) : source;
        return new SourceName(new Span(0, text.length()), text, k, parts, String.join("", parts));
    }
}
