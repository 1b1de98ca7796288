package aligncheck.io;

import aligncheck.align.AlignedDocument;
import aligncheck.check.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The English as plain text with the original layout: the target sentences with everything that lies between
 * them in the target text (spaces, line breaks, blank lines, and whatever precedes the first sentence or follows
 * the last) as it is there. Since every sentence's span points into the target text, that is the target text
 * itself; for a corrected document it is the text {@link aligncheck.review.CorrectedTarget#applyTo} rebuilt
 * around the edited sentences. Exporting an unchanged pair read from a UTF-8 file without byte order mark gives
 * that file back byte for byte (other encodings come out as UTF-8, and a byte order mark is not written).
 * Findings are not part of this format.
 */
public final class TargetTextWriter implements TranslationWriter {
    @Override
    public void write(AlignedDocument doc, List<Finding> findings, Writer out) throws IOException {
        out.write(doc.targetText().text());
        out.flush();
    }
}
