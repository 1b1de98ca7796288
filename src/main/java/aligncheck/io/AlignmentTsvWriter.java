package aligncheck.io;

import aligncheck.align.AlignedDocument;
import aligncheck.check.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The alignment as tab-separated values: a header line {@code link  source  target}, then one line per link with
 * the link as {@code [0,1]:[0]} (0-based sentence indices), the source sentences and the English sentences (each
 * side joined as in the document, {@link LinkSide}; empty when the side is). Tabs and line breaks inside a side
 * become single spaces, so every link is exactly one line. Lines end with LF. Findings are not part of this
 * format.
 */
public final class AlignmentTsvWriter implements TranslationWriter {
    public static final String HEADER = "link\tsource\ttarget";

    @Override
    public void write(AlignedDocument doc, List<Finding> findings, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (ExportText.LinkText l : ExportText.links(doc, List.of())) {
            out.write(l.link().format());
            out.write('\t');
            out.write(cell(l.source().text()));
            out.write('\t');
            out.write(cell(l.target().text()));
            out.write('\n');
        }
        out.flush();
    }

    static String cell(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
