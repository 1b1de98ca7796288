package aligncheck.gui;

import aligncheck.align.AlignedDocument;
import aligncheck.align.Link;
import aligncheck.check.Finding;
import aligncheck.check.NameRendering;
import aligncheck.check.Severity;
import aligncheck.review.Side;
import aligncheck.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Builds the rows of the side-by-side view from a document, its name renderings and its visible findings. */
final class PairRows {
    private PairRows() {
    }

    static List<PairRow> build(AlignedDocument doc, List<NameRendering> renderings, List<Finding> findings,
                               double doubtful) {
        List<Link> links = doc.alignment().links();
        List<List<Highlight>> hl = new ArrayList<>(links.size());
        int[] count = new int[links.size()];
        Severity[] worst = new Severity[links.size()];
        for (int i = 0; i < links.size(); i++) {
            hl.add(new ArrayList<>());
        }
        int group = 0;
        for (NameRendering r : renderings) {
            if (r.linkIndex() < 0 || r.linkIndex() >= links.size()) {
                continue;
            }
            HighlightKind kind = HighlightKind.of(r.status());
            String tip = r.entryLabel() + switch (r.status()) {
                case RIGHT -> "";
                case WRONG -> " — rendered \"" + r.targetText() + "\", use \"" + r.suggestion() + "\"";
                case MISSING -> " — not rendered; expected \"" + r.suggestion() + "\"";
            };
            List<Highlight> h = hl.get(r.linkIndex());
            h.add(new Highlight(Side.SOURCE, r.sourceSentence(), r.sourceSpan(), kind, group, tip));
            if (r.targetSpan() != null && r.targetSentence() >= 0) {
                h.add(new Highlight(Side.TARGET, r.targetSentence(), r.targetSpan(), kind, group, tip));
            }
            group++;
        }
        for (Finding f : findings) {
            int k = f.linkIndex();
            if (k < 0 || k >= links.size()) {
                continue;
            }
            count[k]++;
            if (worst[k] == null || f.severity().compareTo(worst[k]) > 0) {
                worst[k] = f.severity();
            }
            HighlightKind kind = HighlightKind.ofCheck(f.checkId());
            List<Highlight> h = hl.get(k);
            if (f.sourceSpan() != null && !covered(h, Side.SOURCE, f.sourceSentence(), f, kind)) {
                h.add(new Highlight(Side.SOURCE, f.sourceSentence(), f.sourceSpan(), kind, -1, f.message()));
            }
            if (f.targetSpan() != null && !covered(h, Side.TARGET, f.targetSentence(), f, kind)) {
                h.add(new Highlight(Side.TARGET, f.targetSentence(), f.targetSpan(), kind, -1, f.message()));
            }
        }
        List<PairRow> rows = new ArrayList<>(links.size());
        for (int k = 0; k < links.size(); k++) {
            Link l = links.get(k);
            List<Sentence> s = l.source().stream().map(doc.source()::get).toList();
            List<Sentence> t = l.target().stream().map(doc.target()::get).toList();
            rows.add(new PairRow(k, l, s, t, hl.get(k), l.confidence() < doubtful, worst[k], count[k]));
        }
        return rows;
    }

    /** A name rendering already shows this finding's span with the same kind. */
    private static boolean covered(List<Highlight> h, Side side, int sentence, Finding f, HighlightKind kind) {
        aligncheck.text.Span span = side == Side.SOURCE ? f.sourceSpan() : f.targetSpan();
        return h.stream().anyMatch(x -> x.side() == side && x.sentence() == sentence && x.span().equals(span)
                && x.kind() == kind);
    }
}
