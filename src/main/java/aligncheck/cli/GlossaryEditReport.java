package aligncheck.cli;

import aligncheck.glossary.GlossaryConflict;
import aligncheck.glossary.GlossaryEdit;
import java.io.PrintWriter;

/** Prints the outcome of an add, merge or import: the conflicts that refused it on stderr, one line each. */
final class GlossaryEditReport {
    private final PrintWriter out;
    private final PrintWriter err;

    GlossaryEditReport(picocli.CommandLine.Model.CommandSpec spec) {
        this.out = spec.commandLine().getOut();
        this.err = spec.commandLine().getErr();
    }

    /**
     * Prints the conflicts (and the conflicts a preference settled) and returns the exit code: {@link ExitCode#CLEAN}
     * when saved, {@link ExitCode#BAD_INPUT} when refused.
     *
     * @param done what was done when saved, printed on stdout: "added pete-hegseth to g.json"
     */
    int report(GlossaryEdit edit, String done) {
        for (GlossaryConflict c : edit.resolved()) {
            err.println(c.message() + " (settled by --prefer)");
        }
        for (GlossaryConflict c : edit.conflicts()) {
            err.println(c.message());
        }
        if (edit.refused()) {
            err.printf("aligncheck: nothing saved: %d conflict%s%n", edit.conflicts().size(),
                    edit.conflicts().size() == 1 ? "" : "s");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        out.println(done);
        out.flush();
        err.flush();
        return ExitCode.CLEAN;
    }
}
