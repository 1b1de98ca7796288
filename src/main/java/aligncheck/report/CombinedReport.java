package aligncheck.report;

import aligncheck.pipeline.CheckResult;
import java.io.Closeable;
import java.io.IOException;

/**
 * One report over many document pairs, fed in a stable order by a single thread. An implementation keeps at most
 * small digests of what it has been given (counts, anchors), never the documents.
 */
public interface CombinedReport extends Closeable {
    /** Adds the findings of one document pair. */
    void add(CheckResult result) throws IOException;

    /** Records a pair that could not be checked (unreadable or malformed input). */
    void addFailure(InputFailure failure) throws IOException;

    /** Writes what remains (totals, closing tags) and flushes; the underlying writer stays open. */
    @Override
    void close() throws IOException;
}
