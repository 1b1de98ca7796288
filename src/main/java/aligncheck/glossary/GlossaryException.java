package aligncheck.glossary;

import java.nio.file.Path;

/**
 * A glossary file that cannot be read or does not validate. The message is one line naming the file, the line,
 * the entry and the field: {@code glossaries/us.json:42: entry "pete-hegseth": field "english": must not be empty}.
 */
public final class GlossaryException extends Exception {
    private final Path file;
    private final int line;

    public GlossaryException(Path file, int line, String message) {
        super((file == null ? "<glossary>" : file.toString()) + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }
}
