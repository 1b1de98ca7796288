package aligncheck.gui;

import aligncheck.review.AtomicFileWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The recently opened document pairs, most recent first, kept in {@code recent.json} of {@link AppHome}. */
public final class RecentPairs {
    /** One opened pair. */
    public record Pair(Path source, Path target) {
        public String label() {
            return source.getFileName() + " ↔ " + target.getFileName() + "   (" + parentOf(source) + ")";
        }

        private static String parentOf(Path p) {
            Path parent = p.toAbsolutePath().getParent();
            return parent == null ? "" : parent.toString();
        }
    }

    static final int MAX = 10;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;

    public RecentPairs(Path file) {
        this.file = file;
    }

    public static RecentPairs inAppHome() {
        return new RecentPairs(AppHome.dir().resolve("recent.json"));
    }

    /** The stored pairs; an unreadable or missing file gives none. */
    public List<Pair> list() {
        List<Pair> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            for (JsonNode n : root.path("recent")) {
                out.add(new Pair(Path.of(n.path("source").asText()), Path.of(n.path("target").asText())));
            }
        } catch (IOException | RuntimeException e) {
            return new ArrayList<>();
        }
        return out;
    }

    /** Puts the pair first (once), keeps the {@value #MAX} most recent, and saves. */
    public List<Pair> add(Path source, Path target) {
        Pair p = new Pair(source.toAbsolutePath().normalize(), target.toAbsolutePath().normalize());
        List<Pair> all = list();
        all.remove(p);
        all.add(0, p);
        while (all.size() > MAX) {
            all.remove(all.size() - 1);
        }
        var root = MAPPER.createObjectNode();
        ArrayNode a = root.putArray("recent");
        for (Pair x : all) {
            a.addObject().put("source", x.source().toString()).put("target", x.target().toString());
        }
        try {
            AtomicFileWriter.write(file, MAPPER.writeValueAsBytes(root));
        } catch (IOException e) {
            // the list is a convenience: failing to store it must not stop the review
        }
        return all;
    }
}
