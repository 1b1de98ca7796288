package aligncheck.glossary;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a glossary as JSON in the documented format ({@code glossaries/README.md}), laid out as the shipped files
 * are: two-space indentation, the top-level fields {@code name}, {@code description}, {@code entries}, every entry
 * with all ten fields in the documented order, each list on one line, UTF-8 without escaping non-ASCII characters,
 * a trailing newline. Reading a shipped file and writing it again gives the same bytes.
 *
 * <p>{@link #save} replaces a file atomically ({@link AtomicFileWriter}).
 */
public final class GlossaryWriter {
    private static final JsonStringEncoder ENCODER = JsonStringEncoder.getInstance();

    /** The glossary as JSON text. */
    public String toJson(Glossary glossary) {
        StringBuilder out = new StringBuilder(4096);
        out.append("{\n");
        out.append("  \"name\": ").append(quote(glossary.name())).append(",\n");
        out.append("  \"description\": ").append(quote(glossary.description())).append(",\n");
        List<GlossaryEntry> entries = glossary.entries();
        if (entries.isEmpty()) {
            out.append("  \"entries\": []\n");
        } else {
            out.append("  \"entries\": [\n");
            for (int i = 0; i < entries.size(); i++) {
                appendEntry(entries.get(i), out);
                out.append(i + 1 < entries.size() ? ",\n" : "\n");
            }
            out.append("  ]\n");
        }
        out.append("}\n");
        return out.toString();
    }

    /** Writes the JSON text, in UTF-8, to a stream (which stays open). */
    public void write(Glossary glossary, OutputStream out) throws IOException {
        out.write(toJson(glossary).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the glossary to {@code file}, replacing it atomically. */
    public void save(Glossary glossary, Path file) throws IOException {
        String json = toJson(glossary);
        AtomicFileWriter.write(file, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static void appendEntry(GlossaryEntry e, StringBuilder out) {
        out.append("    {\n");
        field("id", quote(e.id()), out).append(",\n");
        field("type", quote(e.type().jsonName()), out).append(",\n");
        field("zh-Hans", list(e.zhHans()), out).append(",\n");
        field("zh-Hant", list(e.zhHant()), out).append(",\n");
        field("ja", list(e.ja()), out).append(",\n");
        field("english", quote(e.english()), out).append(",\n");
        field("variants", list(e.variants()), out).append(",\n");
        field("wrong", list(e.wrong()), out).append(",\n");
        field("description", quote(e.description()), out).append(",\n");
        field("note", quote(e.note()), out).append("\n");
        out.append("    }");
    }

    private static StringBuilder field(String name, String value, StringBuilder out) {
        return out.append("      ").append(quote(name)).append(": ").append(value);
    }

    private static String list(List<String> items) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                s.append(", ");
            }
            s.append(quote(items.get(i)));
        }
        return s.append(']').toString();
    }

    private static String quote(String s) {
        return "\"" + new String(ENCODER.quoteAsString(s)) + "\"";
    }
}
