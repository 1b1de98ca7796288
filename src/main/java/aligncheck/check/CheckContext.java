package aligncheck.check;

import aligncheck.align.AlignedDocument;
import aligncheck.glossary.GlossarySet;
import java.util.List;

/**
 * What every check sees: the aligned document and the glossaries in force, plus analyses that several checks
 * share, computed once on first use. Thread-safe.
 */
public final class CheckContext {
    private final AlignedDocument document;
    private final GlossarySet glossaries;
    private volatile List<NameRendering> nameRenderings;

    public CheckContext(AlignedDocument document, GlossarySet glossaries) {
        this.document = document;
        this.glossaries = glossaries;
    }

    public AlignedDocument document() {
        return document;
    }

    public GlossarySet glossaries() {
        return glossaries;
    }

    /** Every glossary name and title of the source with what the translation made of it, in document order. */
    public List<NameRendering> nameRenderings() {
        List<NameRendering> r = nameRenderings;
        if (r == null) {
            synchronized (this) {
                r = nameRenderings;
                if (r == null) {
                    r = new NameRenderingAnalysis(glossaries).analyze(document);
                    nameRenderings = r;
                }
            }
        }
        return r;
    }
}
