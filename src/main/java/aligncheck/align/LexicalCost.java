package aligncheck.align;

/**
 * The lexical part of a bead cost: minus a weighted log-likelihood ratio "translation vs. chance" summed over
 * the content words of the bead (both sides, {@link LexicalMatcher}).
 *
 * <p>A word of a side spanning a sentences, facing b sentences on the other side, finds a translation there with
 * probability {@code P} if the bead is right and {@code c_b = 1 − (1 − q)^b} by chance, q being the word's
 * chance per sentence ({@link LexicalMatcher#sourceChance()}). It contributes {@code log(P / c_b)} when it finds
 * one and {@code log((1 − P) / (1 − c_b))} when it does not. Spurious matches thus earn little for frequent
 * words, and a merged bead pays for the larger chance of its matches, so merging does not win by cross matches
 * alone. The cost is {@code -Σ weight · LLR}, each word weighted by its lexicon's weight
 * ({@link LexicalMatcher#sourceWeights()}); a null bead's words count as unmatched facing one sentence.
 *
 * <p>Match masks are computed once for every sentence pair a bead in the band can hold: for source sentence i the
 * target sentences {@code [windowLo[i], windowLo[i] + masks[i].length)}, from the band's lowest column at row
 * {@code i − maxSide} to its highest at row i plus maxSide. Per sentence and facing size b the LLR of "no word
 * matched" is tabled, so a bead costs one pass over the set bits of its masks.
 */
final class LexicalCost {
    /** Probability that a word's dictionary translation appears in its true translation. */
    static final double P_TRANSLATED = 0.3;

    private final int[] windowLo;
    private final long[][] sourceMasks;
    private final long[][] targetMasks;
    /** [sentence][b] = Σ over items of the no-match LLR facing b sentences. */
    private final double[][] sourceNone;
    private final double[][] targetNone;
    /** [sentence][k * (maxSide + 1) + b] = match LLR − no-match LLR of item k facing b sentences. */
    private final double[][] sourceGain;
    private final double[][] targetGain;
    /**
     * [b][k] = Σ over sentences [0, k) of the LLR each would reach if all its items that match anywhere in the
     * band matched (items with a negative gain left unmatched), facing b sentences: bounds a span's LLR in O(1).
     */
    private final double[][] sourceBestPrefix;
    private final double[][] targetBestPrefix;
    private final int stride;

    LexicalCost(LexicalMatcher matcher, Band band, int maxSide) {
        this.stride = maxSide + 1;
        int n = band.n;
        windowLo = new int[n];
        sourceMasks = new long[n][];
        targetMasks = new long[n][];
        for (int i = 0; i < n; i++) {
            int lo = band.lo[Math.max(0, i - maxSide)];
            int hi = Math.min(band.m, band.hi[i] + maxSide);
            windowLo[i] = lo;
            sourceMasks[i] = new long[Math.max(0, hi - lo)];
            targetMasks[i] = new long[Math.max(0, hi - lo)];
            for (int j = lo; j < hi; j++) {
                sourceMasks[i][j - lo] = matcher.sourceMask(i, j);
                targetMasks[i][j - lo] = matcher.targetMask(i, j);
            }
        }
        double[][] sc = matcher.sourceChance();
        double[][] tc = matcher.targetChance();
        // which items can match at all within the band: bounds stay tight where a word has no partner nearby
        long[] sourceReach = new long[n];
        long[] targetReach = new long[band.m];
        for (int i = 0; i < n; i++) {
            for (int x = 0; x < sourceMasks[i].length; x++) {
                sourceReach[i] |= sourceMasks[i][x];
                targetReach[windowLo[i] + x] |= targetMasks[i][x];
            }
        }
        sourceNone = new double[sc.length][];
        sourceGain = new double[sc.length][];
        sourceBestPrefix = new double[stride][sc.length + 1];
        fillTables(sc, matcher.sourceWeights(), sourceReach, sourceNone, sourceGain, sourceBestPrefix);
        targetNone = new double[tc.length][];
        targetGain = new double[tc.length][];
        targetBestPrefix = new double[stride][tc.length + 1];
        fillTables(tc, matcher.targetWeights(), targetReach, targetNone, targetGain, targetBestPrefix);
    }

    private void fillTables(double[][] chance, double[][] weight, long[] reach, double[][] none, double[][] gain,
                            double[][] bestPrefix) {
        for (int s = 0; s < chance.length; s++) {
            none[s] = new double[stride];
            double[] best = new double[stride];
            gain[s] = new double[chance[s].length * stride];
            for (int k = 0; k < chance[s].length; k++) {
                boolean reachable = (reach[s] & (1L << k)) != 0;
                for (int b = 1; b < stride; b++) {
                    double c = 1 - Math.pow(1 - chance[s][k], b);
                    if (c >= P_TRANSLATED) {
                        continue; // a word this common says nothing either way
                    }
                    double hit = weight[s][k] * Math.log(P_TRANSLATED / c);
                    double miss = weight[s][k] * Math.log((1 - P_TRANSLATED) / (1 - c));
                    none[s][b] += miss;
                    best[b] += reachable ? Math.max(hit, miss) : miss;
                    gain[s][k * stride + b] = hit - miss;
                }
            }
            for (int b = 0; b < stride; b++) {
                bestPrefix[b][s + 1] = bestPrefix[b][s] + best[b];
            }
        }
    }

    /** No greater than {@link #cost}: every content word of the bead assumed matched where that helps. */
    double lowerBound(int i, int a, int j, int b) {
        if (a == 0 || b == 0) {
            return nullCost(i, a, j, b);
        }
        double llr = sourceBestPrefix[b][i + a] - sourceBestPrefix[b][i]
                + targetBestPrefix[a][j + b] - targetBestPrefix[a][j];
        return -llr;
    }

    /**
     * A null bead's words find no translation, as in a bead facing one sentence where nothing matched: without
     * this a null link would dodge the cost of unmatched words and win too easily.
     */
    private double nullCost(int i, int a, int j, int b) {
        double llr = 0;
        for (int u = i; u < i + a; u++) {
            llr += sourceNone[u][1];
        }
        for (int v = j; v < j + b; v++) {
            llr += targetNone[v][1];
        }
        return -llr;
    }

    double cost(int i, int a, int j, int b) {
        if (a == 0 || b == 0) {
            return nullCost(i, a, j, b);
        }
        double llr = 0;
        for (int u = i; u < i + a; u++) {
            long m = 0;
            for (int v = j; v < j + b; v++) {
                m |= sourceMasks[u][v - windowLo[u]];
            }
            llr += sourceNone[u][b];
            double[] g = sourceGain[u];
            while (m != 0) {
                int k = Long.numberOfTrailingZeros(m);
                llr += g[k * stride + b];
                m &= m - 1;
            }
        }
        for (int v = j; v < j + b; v++) {
            long m = 0;
            for (int u = i; u < i + a; u++) {
                m |= targetMasks[u][v - windowLo[u]];
            }
            llr += targetNone[v][a];
            double[] g = targetGain[v];
            while (m != 0) {
                int k = Long.numberOfTrailingZeros(m);
                llr += g[k * stride + a];
                m &= m - 1;
            }
        }
        return -llr;
    }
}
