package aligncheck.glossary;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a glossary entry stands in its file, for messages that name a place as {@code file:line}.
 *
 * @param file       the file it was read from, or null for an entry built in memory
 * @param line       1-based line of the entry (of its {@code "id"} field when it has one), 0 when unknown
 * @param fieldLines 1-based line of each field of the entry, by field name ({@code "zh-Hans"}, {@code "wrong"} …);
 *                   empty when unknown
 */
public record EntryLocation(Path file, int line, Map<String, Integer> fieldLines) {
    public EntryLocation {
        if (line < 0) {
            throw new IllegalArgumentException("negative line " + line);
        }
        fieldLines = Map.copyOf(fieldLines);
    }

    /** The location of an entry whose line is unknown (built in memory, or from a format without lines). */
    public static EntryLocation unknown(Path file) {
        return new EntryLocation(file, 0, Map.of());
    }

    /** The line of one field, or of the entry when the field's line is unknown. */
    public int line(String field) {
        return fieldLines.getOrDefault(field, line);
    }

    /** {@code file:line} of the entry ({@code file} alone when the line is unknown). */
    public String at() {
        return place(line);
    }

    /** {@code file:line} of one field of the entry. */
    public String at(String field) {
        return place(line(field));
    }

    private String place(int l) {
        String f = file == null ? "<glossary>" : file.toString();
        return l > 0 ? f + ":" + l : f;
    }
}
