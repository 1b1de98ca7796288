package aligncheck.align;

import aligncheck.text.Language;

/**
 * Prior cost of a bead shape: {@code -log P(a source sentences linked to b target sentences)}.
 *
 * <p>The shape frequencies were counted on the gold links of /work/shared/eval (zh: mac-dev-zhen + pol-zhen,
 * ja: ja-en-dev) and smoothed: shapes seen fewer than ~3 times share a geometric back-off that halves the
 * probability per extra sentence, so that a merge of 8 sentences is possible but needs strong evidence.
 * Costs are in nats, on the same scale as {@link LengthModel#cost}.
 */
public final class BeadPrior {
    /** {@code cost[a * stride + b]}: one flat array, read in the search's innermost loop. */
    private final double[] cost;
    private final int stride;

    private BeadPrior(double[][] probabilities, int maxSize) {
        stride = maxSize + 1;
        cost = new double[stride * stride];
        for (int a = 0; a <= maxSize; a++) {
            for (int b = 0; b <= maxSize; b++) {
                double p = a < probabilities.length && b < probabilities[a].length ? probabilities[a][b] : 0;
                if (p <= 0) {
                    p = backOff(a, b);
                }
                cost[a * stride + b] = -Math.log(p);
            }
        }
    }

    /** Probability of a shape not in the table: 4e-4 for 6 sentences, halving per further sentence. */
    private static double backOff(int a, int b) {
        if (a == 0 || b == 0) {
            return 1e-9; // 2-0, 0-2 …: never needed, two null beads do the same
        }
        return 4e-4 * Math.pow(0.5, Math.max(0, a + b - 6));
    }

    /** Frequencies from the gold data, indexed [source count][target count]. */
    private static final double[][] ZH = {
            {0, 0.002},
            {0.005, 0.68, 0.187, 0.052, 0.021, 0.003, 0.001},
            {0, 0.032, 0.011, 0.006, 0.0013},
            {0, 0.002, 0.003, 0.001, 0.0005, 0.0005},
            {0, 0.0005, 0.0005, 0.0005, 0.0005},
    };

    private static final double[][] JA = {
            {0, 0.003},
            {0.005, 0.70, 0.09, 0.035, 0.012, 0.003, 0.001},
            {0, 0.06, 0.035, 0.006, 0.006, 0.004},
            {0, 0.004, 0.005, 0.005, 0.005},
            {0, 0.001, 0.003, 0.001, 0.001},
    };

    /** Used at the coarse levels of the search, where a unit is a block of sentences. */
    private static final double[][] COARSE = {
            {0, 0.01},
            {0.01, 0.6, 0.15},
            {0, 0.15, 0.08},
    };

    public static BeadPrior forLanguage(Language source, int maxSize) {
        return new BeadPrior(source == Language.JA ? JA : ZH, maxSize);
    }

    static BeadPrior coarse() {
        return new BeadPrior(COARSE, 4);
    }

    /** {@code -log P(a, b)}; a and b at most the maximum size this prior was built for. */
    public double cost(int a, int b) {
        return cost[a * stride + b];
    }
}
