package aligncheck.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A user-facing problem with an input file: it is missing, unreadable, binary, or its bytes cannot be decoded.
 *
 * <p>{@link #getMessage()} is a single line meant to be shown to the user as is, without a stack trace:
 * {@code <file>:<line>: <reason>} when the problem has a line, else {@code <file>: <reason>}.
 */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
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
        super(format(file, line, reason), cause);
        if (line < 0) {
            throw new IllegalArgumentException("negative line " + line);
        }
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Path file() {
        return file;
    }

    /** 1-based line number, or 0 when the problem concerns the file as a whole. */
    public int line() {
        return line;
    }

    /** The message without the file and line prefix. */
    public String reason() {
        return reason;
    }

    private static String format(Path file, int line, String reason) {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
