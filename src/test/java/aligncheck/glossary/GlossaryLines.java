package aligncheck.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where things stand in a glossary file, so that tests on the shipped files survive edits of their content. */
public final class GlossaryLines {
    private GlossaryLines() {
    }

    /** The 1-based line of the {@code "id"} field of entry {@code id}. */
    public static int idLine(Path file, String id) {
        return lineOf(file, 1, "\"id\": \"" + id + "\"");
    }

    /** The 1-based line of {@code field} in entry {@code id}. */
    public static int fieldLine(Path file, String id, String field) {
        return lineOf(file, idLine(file, id), "\"" + field + "\":");
    }

    /** The number of entries in the shipped glossaries. */
    public static int shippedEntries() {
        try {
            return new GlossaryReader().readAll(List.of(Path.of("glossaries"))).entries().size();
        } catch (GlossaryException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int lineOf(Path file, int from, String text) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = from - 1; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(text + " not in " + file);
    }
}
