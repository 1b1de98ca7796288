package aligncheck.report;

import aligncheck.pipeline.CheckResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes check results in one format: one document pair at a time ({@link #write}), or many into one combined
 * report ({@link #combined}) that is written as the documents come, without holding them all.
 */
public interface ReportWriter {
    /** The report of one document pair. Flushes {@code out}; does not close it. */
    void write(CheckResult result, Writer out) throws IOException;

    /** A report of many document pairs, in the order they are added. Closing it finishes (not closes) {@code out}. */
    CombinedReport combined(Writer out) throws IOException;
}
