package aligncheck.bench;

import aligncheck.align.Link;
import java.util.ArrayList;
import java.util.List;

/**
 * The alignment of a document made of whole copies of one corpus, cut back into copies and compared with the
 * corpus's own alignment: copy k holds source sentences {@code [k·ns, (k+1)·ns)} and target sentences
 * {@code [k·nt, (k+1)·nt)}. A link with sentences of two copies (or a copy that received no link at all) spoils the
 * copies it touches; the others are compared, links shifted back to the copy's start and confidence ignored, with
 * the reference and with the first copy.
 *
 * @param copies     copies in the document
 * @param exact      copies aligned exactly as the reference
 * @param likeFirst  copies aligned exactly as the first copy (the first one included, unless it is spoilt)
 * @param crossing   links with sentences of more than one copy
 * @param firstWrong the first copy not aligned as the reference, or -1
 */
public record CopyComparison(long copies, long exact, long likeFirst, long crossing, long firstWrong) {

    /**
     * @param links         the document's links, in order, 0-based sentence indices
     * @param copies        whole copies in the document (at least 1)
     * @param sourcePerCopy source sentences per copy (at least 1)
     * @param targetPerCopy target sentences per copy (at least 1)
     * @param reference     the alignment of one copy alone
     * @throws IllegalArgumentException when the links do not fit the copies (an index beyond the last copy)
     */
    public static CopyComparison of(List<Link> links, int copies, int sourcePerCopy, int targetPerCopy,
                                    List<Link> reference) {
        if (copies < 1 || sourcePerCopy < 1 || targetPerCopy < 1) {
            throw new IllegalArgumentException("copies and sentences per copy must be at least 1");
        }
        List<List<String>> perCopy = new ArrayList<>(copies);
        boolean[] spoilt = new boolean[copies];
        for (int k = 0; k < copies; k++) {
            perCopy.add(new ArrayList<>());
        }
        long crossing = 0;
        for (Link l : links) {
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int i : l.source()) {
                int k = copyOf(i, sourcePerCopy, copies);
                lo = Math.min(lo, k);
                hi = Math.max(hi, k);
            }
            for (int j : l.target()) {
                int k = copyOf(j, targetPerCopy, copies);
                lo = Math.min(lo, k);
                hi = Math.max(hi, k);
            }
            if (lo != hi) {
                crossing++;
                for (int k = lo; k <= hi; k++) {
                    spoilt[k] = true;
                }
                continue;
            }
            perCopy.get(lo).add(shifted(l, lo * sourcePerCopy, lo * targetPerCopy));
        }
        List<String> ref = reference.stream().map(Link::format).toList();
        long exact = 0;
        long likeFirst = 0;
        long firstWrong = -1;
        for (int k = 0; k < copies; k++) {
            boolean ok = !spoilt[k] && perCopy.get(k).equals(ref);
            if (ok) {
                exact++;
            } else if (firstWrong < 0) {
                firstWrong = k;
            }
            if (!spoilt[0] && !spoilt[k] && perCopy.get(k).equals(perCopy.get(0))) {
                likeFirst++;
            }
        }
        return new CopyComparison(copies, exact, likeFirst, crossing, firstWrong);
    }

    private static int copyOf(int index, int perCopy, int copies) {
        int k = index / perCopy;
        if (index < 0 || k >= copies) {
            throw new IllegalArgumentException("sentence " + index + " beyond " + copies + " copies of " + perCopy);
        }
        return k;
    }

    /** The link's format ({@code [0,1]:[0]}) with every index lowered by the copy's start. */
    private static String shifted(Link l, int s0, int t0) {
        return new Link(l.source().stream().map(i -> i - s0).toList(), l.target().stream().map(j -> j - t0).toList())
                .format();
    }
}
