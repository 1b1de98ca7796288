package aligncheck.review;

import aligncheck.align.AlignedDocument;
import aligncheck.align.Alignment;
import aligncheck.align.Link;
import aligncheck.text.Language;
import aligncheck.text.LoadedText;
import aligncheck.text.Sentence;
import aligncheck.text.Span;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A review as saved to a session file (JSON): both texts as loaded, their sentences and the aligner's alignment
 * (the starting point), the glossary files in force (none: the shipped ones), and the edits — applied, then the
 * undone ones redo would bring back. Reopening replays the edits, so the state, undo and redo come back exactly;
 * ignored findings and their reasons are edits too.
 *
 * @param glossaries the glossary files or folders in force; empty for the shipped glossaries
 */
public record ReviewSession(AlignedDocument original, List<Path> glossaries, List<Edit> applied,
                            List<Edit> undone) {
    static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ReviewSession {
        glossaries = List.copyOf(glossaries);
        applied = List.copyOf(applied);
        undone = List.copyOf(undone);
    }

    public static ReviewSession of(ReviewHistory history, List<Path> glossaries) {
        return new ReviewSession(history.initial().document(), glossaries, history.applied(), history.undoneEdits());
    }

    /** The history this session describes (EditException if an edit no longer applies). */
    public ReviewHistory history() {
        return ReviewHistory.replay(ReviewSnapshot.of(original), applied, undone);
    }

    /** Writes atomically (a temporary file, then a move). */
    public void write(Path file) throws IOException {
        AtomicFileWriter.write(file, MAPPER.writeValueAsBytes(toJson()));
    }

    public static ReviewSession read(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(Files.readAllBytes(file));
        try {
            return fromJson(root);
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a valid aligncheck review session: " + e.getMessage(), e);
        }
    }

    public ObjectNode toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("aligncheckReview", FORMAT);
        root.put("sourceLanguage", original.sourceLanguage().code());
        root.set("source", text(original.sourceText(), original.source()));
        root.set("target", text(original.targetText(), original.target()));
        ArrayNode links = root.putArray("alignment");
        for (Link l : original.alignment().links()) {
            ObjectNode n = links.addObject();
            l.source().forEach(n.putArray("source")::add);
            l.target().forEach(n.putArray("target")::add);
            n.put("confidence", l.confidence());
        }
        ArrayNode g = root.putArray("glossaries");
        glossaries.forEach(p -> g.add(p.toString()));
        root.set("edits", MAPPER.valueToTree(applied.toArray(new Edit[0])));
        root.set("undone", MAPPER.valueToTree(undone.toArray(new Edit[0])));
        return root;
    }

    private static ObjectNode text(LoadedText t, List<Sentence> sentences) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("path", t.path() == null ? null : t.path().toString());
        n.put("charset", t.charset().name());
        n.put("text", t.text());
        ArrayNode a = n.putArray("sentences");
        for (Sentence s : sentences) {
            ArrayNode row = a.addArray();
            row.add(s.span().start()).add(s.span().end()).add(s.paragraph()).add(s.line());
        }
        return n;
    }

    static ReviewSession fromJson(JsonNode root) throws IOException {
        if (root.path("aligncheckReview").asInt() != FORMAT) {
            throw new IllegalArgumentException("unknown session format " + root.path("aligncheckReview"));
        }
        Language lang = Language.fromCode(root.path("sourceLanguage").asText());
        LoadedText src = loaded(root.path("source"));
        LoadedText tgt = loaded(root.path("target"));
        List<Link> links = new ArrayList<>();
        for (JsonNode n : root.path("alignment")) {
            links.add(new Link(ints(n.path("source")), ints(n.path("target")), n.path("confidence").asDouble(1)));
        }
        AlignedDocument doc = new AlignedDocument(src, tgt, lang, sentences(src, root.path("source")),
                sentences(tgt, root.path("target")), new Alignment(links));
        List<Path> glossaries = new ArrayList<>();
        root.path("glossaries").forEach(n -> glossaries.add(Path.of(n.asText())));
        Edit[] applied = MAPPER.treeToValue(root.path("edits"), Edit[].class);
        Edit[] undone = MAPPER.treeToValue(root.path("undone"), Edit[].class);
        return new ReviewSession(doc, glossaries, List.of(applied == null ? new Edit[0] : applied),
                List.of(undone == null ? new Edit[0] : undone));
    }

    private static LoadedText loaded(JsonNode n) {
        String path = n.path("path").isTextual() ? n.path("path").asText() : null;
        return new LoadedText(path == null ? null : Path.of(path), n.path("text").asText(),
                Charset.forName(n.path("charset").asText("UTF-8")));
    }

    private static List<Sentence> sentences(LoadedText t, JsonNode n) {
        List<Sentence> out = new ArrayList<>();
        for (JsonNode row : n.path("sentences")) {
            Span span = new Span(row.get(0).asInt(), row.get(1).asInt());
            out.add(new Sentence(out.size(), span.of(t.text()), span, row.get(2).asInt(), row.get(3).asInt()));
        }
        return out;
    }

    private static List<Integer> ints(JsonNode a) {
        List<Integer> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asInt()));
        return out;
    }
}
