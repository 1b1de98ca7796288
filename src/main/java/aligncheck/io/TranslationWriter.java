package aligncheck.io;

import aligncheck.align.AlignedDocument;
import aligncheck.check.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an aligned document pair (possibly corrected, see {@link aligncheck.review.CorrectedTarget}) with its
 * findings in an interchange format. Every format is written as UTF-8.
 */
public interface TranslationWriter {
    /**
     * Writes to a character stream that encodes UTF-8.
     *
     * @throws InputException if the document holds something the format cannot carry (named by file and line)
     */
    void write(AlignedDocument document, List<Finding> findings, Writer out) throws IOException, InputException;

    /**
     * Writes to {@code file}, replacing it whole only once everything has been written (never a half-written file),
     * and refusing to write to one of the document's inputs.
     *
     * @throws InputException if {@code file} is an input of {@code document} or cannot be written, or as above
     */
    default void write(AlignedDocument document, List<Finding> findings, Path file) throws InputException {
        OutputFile.write(file, document, out -> write(document, findings, out));
    }
}
