package aligncheck.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A user-facing problem with an input file: it is missing, unreadable, binary, or its bytes cannot be decoded.
 *
 * <p>{@link #getMessage()} is a single line meant to be shown to the user as is, without a stack trace:
 * {@code <file>:<line>:<column>: <reason>} when the problem has a line and a column (a malformed XML file),
 * {@code <file>:<line>: <reason>} when it has a line only, else {@code <file>: <reason>}.
 *
 * <p>Also used for a file the user named that cannot be used as asked, such as an output path that is one of the
 * inputs.
 */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param file   the file as named by the user
     * @param line   1-based line of the problem, or 0 when it has none
     * @param reason what is wrong, one line, without the file name
     */
    public InputException(Path file, int line, String reason) {
        this(file, line, reason, null);
    }

    /** As {@link #InputException(Path, int, String)}, keeping the low-level cause for debugging. */
    public InputException(Path file, int line, String reason, Throwable cause) {
        this(file, line, 0, reason, cause);
    }

    /**
     * @param line   1-based line of the problem, or 0 when it has none
     * @param column 1-based column (in characters) on that line, or 0 when unknown; needs a line
     */
    public InputException(Path file, int line, int column, String reason, Throwable cause) {
        super(format(file, line, column, reason), cause);
        if (line < 0 || column < 0 || column > 0 && line == 0) {
            throw new IllegalArgumentException("bad position " + line + ":" + column);
        }
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Path file() {
        return file;
    }

    /** 1-based line number, or 0 when the problem concerns the file as a whole. */
    public int line() {
        return line;
    }

    /** 1-based column on {@link #line()}, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The message without the file and line prefix. */
    public String reason() {
        return reason;
    }

    private static String format(Path file, int line, int column, String reason) {
        if (column > 0) {
            return file + ":" + line + ":" + column + ": " + reason;
        }
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
