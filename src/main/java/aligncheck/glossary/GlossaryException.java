package aligncheck.glossary;

import java.nio.file.Path;

/**
 * A glossary file that cannot be read or does not validate. The message is one line naming the file, the line,
 * the entry and the field: {@code glossaries/us.json:42: entry "pete-hegseth": field "english": must not be empty}.
 * Files with a column (XML) are named {@code file:line:column}.
 */
public final class GlossaryException extends Exception {
    private final Path file;
    private final int line;
    private final int column;

    public GlossaryException(Path file, int line, String message) {
        this(file, line, 0, message);
    }

    /**
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column on that line, or 0 when unknown (ignored without a line)
     */
    public GlossaryException(Path file, int line, int column, String message) {
        super((file == null ? "<glossary>" : file.toString()) + (line > 0 ? ":" + line : "")
                + (line > 0 && column > 0 ? ":" + column : "") + ": " + message);
        this.file = file;
        this.line = line;
        this.column = line > 0 ? column : 0;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }
}
