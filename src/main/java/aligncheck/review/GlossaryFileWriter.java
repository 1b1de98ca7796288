package aligncheck.review;

import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossaryException;
import aligncheck.glossary.GlossaryReader;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a glossary in the format of {@code glossaries/README.md} (all ten fields of every entry), atomically,
 * and validates entries by reading what it wrote back with {@link GlossaryReader}.
 *
 * <p>A minimal writer for the review window; {@code aligncheck.glossary.GlossaryWriter} is being written apart
 * and should replace it once it lands.
 */
public final class GlossaryFileWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public String toJson(Glossary g) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", g.name());
        root.put("description", g.description());
        ArrayNode entries = root.putArray("entries");
        for (GlossaryEntry e : g.entries()) {
            ObjectNode n = entries.addObject();
            n.put("id", e.id());
            n.put("type", e.type().jsonName());
            strings(n, "zh-Hans", e.zhHans());
            strings(n, "zh-Hant", e.zhHant());
            strings(n, "ja", e.ja());
            n.put("english", e.english());
            strings(n, "variants", e.variants());
            strings(n, "wrong", e.wrong());
            n.put("description", e.description());
            n.put("note", e.note());
        }
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try {
            return MAPPER.writer(pp).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates, then writes atomically (a temporary file, then a move). */
    public void write(Glossary g, Path file) throws IOException, GlossaryException {
        String json = toJson(g);
        parse(file, json);
        AtomicFileWriter.write(file, json);
    }

    /** Why the entry would not validate (the reader's one-line message without file and line), or null. */
    public String problem(GlossaryEntry e) {
        try {
            parse(null, toJson(new Glossary(null, "check", "", List.of(e))));
            return null;
        } catch (GlossaryException ex) {
            return ex.getMessage().replaceFirst("^<glossary>(:\\d+)?: ", "");
        }
    }

    private static Glossary parse(Path file, String json) throws GlossaryException {
        try {
            return new GlossaryReader().parse(file, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new GlossaryException(file, 0, e.getMessage());
        }
    }

    private static void strings(ObjectNode n, String field, List<String> values) {
        ArrayNode a = n.putArray(field);
        values.forEach(a::add);
    }
}
