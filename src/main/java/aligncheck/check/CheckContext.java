package aligncheck.check;

import aligncheck.align.AlignedDocument;
import aligncheck.glossary.GlossarySet;
import aligncheck.names.NameLink;
import aligncheck.names.NameLinker;
import aligncheck.names.Romanizer;
import aligncheck.names.TransliterationScorer;
import aligncheck.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every check sees: the aligned document and the glossaries in force, plus analyses that several checks
 * share, computed once on first use. Thread-safe.
 */
public final class CheckContext {
    private final AlignedDocument document;
    private final GlossarySet glossaries;
    private volatile List<NameRendering> nameRenderings;
    private volatile List<NameLink> nameLinks;

    /** The scorer all contexts share: ICU, Kuromoji and ENAMDICT (when installed) load once, on first use. */
    private static final class Scorer {
        static final TransliterationScorer INSTANCE = new TransliterationScorer(Romanizer.withInstalledDictionary());
    }

    static TransliterationScorer scorer() {
        return Scorer.INSTANCE;
    }

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

    /**
     * Every source name the glossaries do not know, with the English that renders it (see {@link NameLinker}), in
     * document order. Target spans that a glossary name's rendering (right or wrong) occupies render none of them.
     */
    public List<NameLink> nameLinks() {
        List<NameLink> r = nameLinks;
        if (r == null) {
            synchronized (this) {
                r = nameLinks;
                if (r == null) {
                    Map<Integer, List<Span>> explained = new LinkedHashMap<>();
                    for (NameRendering n : nameRenderings()) {
                        if (n.targetSpan() != null) {
                            explained.computeIfAbsent(n.targetSentence(), k -> new ArrayList<>()).add(n.targetSpan());
                        }
                    }
                    r = List.copyOf(new NameLinker(glossaries, scorer()).link(document, explained));
                    nameLinks = r;
                }
            }
        }
        return r;
    }
}
