package aligncheck.cli;

/** The exit codes of every command. */
public final class ExitCode {
    /** Nothing at or above the --fail-on threshold. */
    public static final int CLEAN = 0;
    /** Findings at or above the threshold. */
    public static final int FINDINGS = 1;
    /** Bad command line. */
    public static final int USAGE = 2;
    /** Unreadable or malformed input (a text file, a glossary). */
    public static final int BAD_INPUT = 3;
    /** A bug: something that should not happen. */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
