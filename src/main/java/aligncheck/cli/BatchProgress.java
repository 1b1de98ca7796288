package aligncheck.cli;

import aligncheck.batch.DocumentPair;
import aligncheck.batch.Outcome;
import aligncheck.check.Severity;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a batch on stderr. On a terminal: one line redrawn in place with \r (a bar, done/total, failed,
 * elapsed time), with a failure printed above it as one line of its own. Elsewhere (a pipe, a CI log): one plain
 * line per pair as it finishes. Thread-safe: pool threads report through it.
 */
final class BatchProgress {
    private static final int BAR = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private int failed;
    private int lastWidth;

    BatchProgress(PrintWriter err, boolean terminal, int total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    synchronized void finished(DocumentPair pair, Outcome outcome) {
        done++;
        String line = null;
        if (outcome instanceof Outcome.Checked c) {
            line = pair.target() + ": " + c.result().count(Severity.ERROR) + " errors, "
                    + c.result().count(Severity.WARNING) + " warnings";
        } else if (outcome instanceof Outcome.Failed f) {
            failed++;
            clear();
            err.println("aligncheck: " + f.failure().message() + " (skipped)");
        }
        if (terminal) {
            draw();
        } else if (line != null) {
            err.printf(Locale.ROOT, "[%d/%d] %s%n", done, total, line);
        }
        err.flush();
    }

    /** Ends the progress line on a terminal. */
    synchronized void end() {
        if (terminal && lastWidth > 0) {
            err.println();
            err.flush();
        }
    }

    private void clear() {
        if (terminal && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            lastWidth = 0;
        }
    }

    private void draw() {
        int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
        long s = (System.nanoTime() - start) / 1_000_000_000L;
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d pairs%s  %d:%02d", "#".repeat(filled),
                "-".repeat(BAR - filled), done, total, failed > 0 ? ", " + failed + " not checked" : "", s / 60,
                s % 60);
        err.print("\r" + line + (line.length() < lastWidth ? " ".repeat(lastWidth - line.length()) : ""));
        lastWidth = line.length();
    }
}
