package aligncheck.align;

import java.util.Arrays;

/**
 * The lexical part of a bead cost: minus a weighted log-likelihood ratio "translation vs. chance" summed over
 * the content words of the bead (both sides, {@link LexicalMatcher}).
 *
 * <p>A word of a side spanning a sentences, facing b sentences on the other side, finds a translation there with
 * probability {@code P} if the bead is right and {@code c_b = 1 − (1 − q)^b} by chance, q being the word's
 * chance per sentence ({@link LexicalMatcher#sourceChance()}). It contributes {@code log(P / c_b)} when it finds
 * one and {@code log((1 − P) / (1 − c_b))} when it does not; words with {@code c_b ≥ P} are too common to count.
 * Spurious matches thus earn little for frequent words, and a merged bead pays for the larger chance of its
 * matches, so merging does not win by cross matches alone. The cost is {@code -Σ weight · LLR}, each word
 * weighted by its lexicon's weight ({@link LexicalMatcher#sourceWeights()}); a null bead's words count as
 * unmatched facing one sentence.
 *
 * <p>Tables: every sentence pair a bead in the band can hold is matched once. For source sentence u these are the
 * target sentences {@code [windowLo[u], windowLo[u] + windowLength[u])}, from the band's lowest column at row
 * {@code u − maxSide} to its highest at row u plus maxSide; for target sentence v the source sentences
 * {@code [firstSource[v], firstSource[v] + sourceCount[v])} whose window holds v. From these the LLR of one
 * sentence facing every span of up to maxSide sentences of the other side is tabled ({@code sourceSpan},
 * {@code targetSpan}), so a bead costs a + b table look-ups.
 */
final class LexicalCost {
    /** Probability that a word's dictionary translation appears in its true translation. */
    static final double P_TRANSLATED = 0.3;

    private final int stride;
    private final int[] windowLo;
    private final int[] firstSource;
    /** [u][(j − windowLo[u]) · stride + b]: LLR of source sentence u facing target sentences [j, j + b). */
    private final double[][] sourceSpan;
    /** [v][(i − firstSource[v]) · stride + a]: LLR of target sentence v facing source sentences [i, i + a). */
    private final double[][] targetSpan;
    /** [u][1]: LLR of source sentence u when nothing matches facing one sentence (null beads). */
    private final double[] sourceAlone;
    private final double[] targetAlone;
    /**
     * [b][k] = Σ over sentences [0, k) of the LLR each would reach if all its items that match anywhere in the
     * band matched (items with a negative gain left unmatched), facing b sentences: bounds a span's LLR in O(1).
     */
    private final double[][] sourceBestPrefix;
    private final double[][] targetBestPrefix;

    LexicalCost(LexicalMatcher matcher, Band band, int maxSide) {
        stride = maxSide + 1;
        int n = band.n;
        int m = band.m;
        windowLo = new int[n];
        long[][] sourceMasks = new long[n][];
        long[][] targetMasks = new long[n][];
        firstSource = new int[m];
        int[] lastSource = new int[m];
        Arrays.fill(firstSource, -1);
        long[] sourceReach = new long[n];
        long[] targetReach = new long[m];
        boolean[] marks = new boolean[matcher.idLimit()];
        for (int u = 0; u < n; u++) {
            int lo = band.lo[Math.max(0, u - maxSide)];
            int hi = Math.min(m, band.hi[u] + maxSide);
            windowLo[u] = lo;
            sourceMasks[u] = new long[Math.max(0, hi - lo)];
            targetMasks[u] = new long[Math.max(0, hi - lo)];
            matcher.targetMasks(u, lo, hi, targetMasks[u], marks);
            matcher.sourceMasks(u, lo, hi, sourceMasks[u], marks);
            for (int v = lo; v < hi; v++) {
                sourceReach[u] |= sourceMasks[u][v - lo];
                targetReach[v] |= targetMasks[u][v - lo];
                if (firstSource[v] < 0) {
                    firstSource[v] = u;
                }
                lastSource[v] = u;
            }
        }
        Tables src = new Tables(matcher.sourceChance(), matcher.sourceWeights(), sourceReach);
        Tables tgt = new Tables(matcher.targetChance(), matcher.targetWeights(), targetReach);
        sourceBestPrefix = src.bestPrefix;
        targetBestPrefix = tgt.bestPrefix;
        sourceAlone = new double[n];
        targetAlone = new double[m];
        sourceSpan = new double[n][];
        for (int u = 0; u < n; u++) {
            sourceAlone[u] = src.none[u][1];
            int len = sourceMasks[u].length;
            sourceSpan[u] = new double[len * stride];
            for (int start = 0; start < len; start++) {
                long or = 0;
                for (int b = 1; b < stride && start + b <= len; b++) {
                    or |= sourceMasks[u][start + b - 1];
                    sourceSpan[u][start * stride + b] = src.llr(u, b, or);
                }
            }
        }
        targetSpan = new double[m][];
        for (int v = 0; v < m; v++) {
            targetAlone[v] = tgt.none[v][1];
            if (firstSource[v] < 0) {
                targetSpan[v] = new double[0];
                continue;
            }
            int count = lastSource[v] - firstSource[v] + 1;
            targetSpan[v] = new double[count * stride];
            for (int start = 0; start < count; start++) {
                long or = 0;
                for (int a = 1; a < stride && start + a <= count; a++) {
                    int u = firstSource[v] + start + a - 1;
                    or |= targetMasks[u][v - windowLo[u]];
                    targetSpan[v][start * stride + a] = tgt.llr(v, a, or);
                }
            }
        }
    }

    /** Per-sentence LLR tables of one side. */
    private final class Tables {
        /** [s][b] = Σ over items of the no-match LLR facing b sentences. */
        final double[][] none;
        /** [s][k · stride + b] = match LLR − no-match LLR of item k facing b sentences. */
        final double[][] gain;
        final double[][] bestPrefix;

        Tables(double[][] chance, double[][] weight, long[] reach) {
            none = new double[chance.length][stride];
            gain = new double[chance.length][];
            bestPrefix = new double[stride][chance.length + 1];
            for (int s = 0; s < chance.length; s++) {
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

        /** LLR of sentence s facing b sentences, the items in {@code matched} having found a translation. */
        double llr(int s, int b, long matched) {
            double llr = none[s][b];
            long bits = matched;
            while (bits != 0) {
                int k = Long.numberOfTrailingZeros(bits);
                llr += gain[s][k * stride + b];
                bits &= bits - 1;
            }
            return llr;
        }
    }

    /** No greater than {@link #cost}: every content word of the bead assumed matched where that helps. */
    double lowerBound(int i, int a, int j, int b) {
        if (a == 0 || b == 0) {
            return cost(i, a, j, b);
        }
        double llr = sourceBestPrefix[b][i + a] - sourceBestPrefix[b][i]
                + targetBestPrefix[a][j + b] - targetBestPrefix[a][j];
        return -llr;
    }

    double cost(int i, int a, int j, int b) {
        double llr = 0;
        if (a == 0 || b == 0) {
            // a null bead's words find no translation, as in a bead facing one sentence where nothing matched:
            // without this a null link would dodge the cost of unmatched words and win too easily
            for (int u = i; u < i + a; u++) {
                llr += sourceAlone[u];
            }
            for (int v = j; v < j + b; v++) {
                llr += targetAlone[v];
            }
            return -llr;
        }
        for (int u = i; u < i + a; u++) {
            llr += sourceSpan[u][(j - windowLo[u]) * stride + b];
        }
        for (int v = j; v < j + b; v++) {
            llr += targetSpan[v][(i - firstSource[v]) * stride + a];
        }
        return -llr;
    }
}
