package aligncheck.glossary;

import java.nio.file.Path;
import java.util.List;

/**
 * The entries of one glossary file.
 *
 * @param source where it was read from (null for one built in memory)
 * @param name   the file's {@code "name"}
 */
public record Glossary(Path source, String name, String description, List<GlossaryEntry> entries) {
    public Glossary {
        entries = List.copyOf(entries);
        description = description == null ? "" : description;
    }
}
