package aligncheck.report;

/**
 * A document pair that could not be checked.
 *
 * @param source the source file as named by the user
 * @param target the target file as named by the user
 * @param file   the file at fault (one of the two, or a manifest)
 * @param line   1-based line of the problem, or 0 when it concerns the whole file
 * @param reason one line, without file and line
 */
public record InputFailure(String source, String target, String file, int line, String reason) {
    /** {@code file:line: reason}, or {@code file: reason} without a line: the one line shown to the user. */
    public String message() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
