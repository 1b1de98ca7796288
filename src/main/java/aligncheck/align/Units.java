package aligncheck.align;

/**
 * One side of a document as the search sees it: a sequence of units (sentences, or at the coarse levels of the
 * search blocks of consecutive sentences) with what the bead cost needs of them.
 *
 * <p>Invariants: {@code lengthPrefix[k]} is the summed length of units {@code [0, k)}, so a span's length is a
 * difference; {@code keys[k]} are the anchor key ids of unit k (ids index the document's key table);
 * {@code firstParagraph[k] <= lastParagraph[k]}, both non-decreasing in k.
 */
final class Units {
    final int[] lengthPrefix;
    final int[][] keys;
    final int[] firstParagraph;
    final int[] lastParagraph;

    Units(int[] lengths, int[][] keys, int[] firstParagraph, int[] lastParagraph) {
        int n = lengths.length;
        if (keys.length != n || firstParagraph.length != n || lastParagraph.length != n) {
            throw new IllegalArgumentException("unit arrays differ in size");
        }
        lengthPrefix = new int[n + 1];
        for (int k = 0; k < n; k++) {
            lengthPrefix[k + 1] = lengthPrefix[k] + lengths[k];
        }
        this.keys = keys;
        this.firstParagraph = firstParagraph;
        this.lastParagraph = lastParagraph;
    }

    int size() {
        return keys.length;
    }

    /** Summed length of units {@code [start, start + count)}. */
    int length(int start, int count) {
        return lengthPrefix[start + count] - lengthPrefix[start];
    }

    /** Paragraph boundaries inside units {@code [start, start + count)}; 0 for an empty span. */
    int paragraphBreaks(int start, int count) {
        return count == 0 ? 0 : Math.max(0, lastParagraph[start + count - 1] - firstParagraph[start]);
    }

    /** Units of two consecutive units each (the last one alone when the count is odd). */
    Units coarsen() {
        int n = size();
        int c = (n + 1) / 2;
        int[] lengths = new int[c];
        int[][] k2 = new int[c][];
        int[] first = new int[c];
        int[] last = new int[c];
        for (int u = 0; u < c; u++) {
            int a = 2 * u;
            int b = Math.min(n - 1, a + 1);
            lengths[u] = length(a, b - a + 1);
            if (b == a) {
                k2[u] = keys[a];
            } else {
                k2[u] = new int[keys[a].length + keys[b].length];
                System.arraycopy(keys[a], 0, k2[u], 0, keys[a].length);
                System.arraycopy(keys[b], 0, k2[u], keys[a].length, keys[b].length);
            }
            first[u] = firstParagraph[a];
            last[u] = lastParagraph[b];
        }
        return new Units(lengths, k2, first, last);
    }
}
