package aligncheck.gui;

import aligncheck.align.Link;
import aligncheck.check.Severity;
import aligncheck.review.Side;
import aligncheck.text.Sentence;
import java.util.List;

/**
 * One row of the side-by-side view: an alignment link with its sentences and highlights. Immutable.
 *
 * @param index      0-based link index
 * @param doubtful   the aligner was unsure of this link (confidence below {@link ReviewViewModel#DOUBTFUL})
 * @param worst      the most severe visible finding of the link, or null
 */
public record PairRow(int index, Link link, List<Sentence> source, List<Sentence> target,
                      List<Highlight> highlights, boolean doubtful, Severity worst, int findings) {
    public PairRow {
        source = List.copyOf(source);
        target = List.copyOf(target);
        highlights = List.copyOf(highlights);
    }

    /** "1-1", "2-1", "0-1": sentences on each side. */
    public String linkType() {
        return link.source().size() + "-" + link.target().size();
    }

    public double confidence() {
        return link.confidence();
    }

    public List<Sentence> sentences(Side side) {
        return side == Side.SOURCE ? source : target;
    }

    public List<Highlight> highlights(Side side) {
        return highlights.stream().filter(h -> h.side() == side).toList();
    }

    /** The side's sentences joined by a space (the source without one: Chinese and Japanese need none). */
    public String text(Side side) {
        return String.join(separator(side), sentences(side).stream().map(Sentence::text).toList());
    }

    public static String separator(Side side) {
        return side == Side.SOURCE ? "" : " ";
    }
}
