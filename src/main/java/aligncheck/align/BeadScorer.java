package aligncheck.align;


/**
 * The bead cost of {@link DynamicProgrammingAligner}: the sum of
 * <ul>
 *   <li>the shape prior {@code -log P(a, b)} ({@link BeadPrior});</li>
 *   <li>the Gale-Church length cost ({@link LengthModel}) for a bead with both sides non-empty;</li>
 *   <li>the lexical cost ({@link LexicalCost}) when lexicons are in use;</li>
 *   <li>minus the bonus of each anchor matched across the bead (multiset intersection of anchor key ids,
 *       each matched key earning its kind's bonus, {@link AnchorKind});</li>
 *   <li>a penalty per paragraph boundary crossed inside the bead, and a larger one when it crosses on both
 *       sides.</li>
 * </ul>
 * Not thread-safe (it keeps a scratch counter per key); one instance per search.
 */
final class BeadScorer implements BeadCost {
    /** Penalty per paragraph boundary inside a bead side. */
    static final double PARAGRAPH_BREAK = 1.5;
    /** Extra penalty when a bead crosses paragraph boundaries on both sides. */
    static final double PARAGRAPH_BOTH = 3.0;

    private final Units source;
    private final Units target;
    private final double[] keyBonus;
    private final LengthModel lengthModel;
    private final BeadPrior prior;
    private final int[] scratch;
    private final LexicalCost lexical;
    /** Summed bonus of all anchor keys of units [0, k) per side: bounds what a span can earn. */
    private final double[] sourceBonusPrefix;
    private final double[] targetBonusPrefix;
    /** Per unit, bit (key mod 64) set for each of its anchor keys: disjoint span signatures share no key. */
    private final long[] sourceSignature;
    private final long[] targetSignature;

    BeadScorer(Units source, Units target, double[] keyBonus, LengthModel lengthModel, BeadPrior prior) {
        this(source, target, keyBonus, lengthModel, prior, null);
    }

    /** @param lexical the lexical cost to add, null for none (the coarse levels) */
    BeadScorer(Units source, Units target, double[] keyBonus, LengthModel lengthModel, BeadPrior prior,
               LexicalCost lexical) {
        this.lexical = lexical;
        this.source = source;
        this.target = target;
        this.keyBonus = keyBonus;
        this.lengthModel = lengthModel;
        this.prior = prior;
        this.scratch = new int[keyBonus.length];
        this.sourceBonusPrefix = bonusPrefix(source, keyBonus);
        this.targetBonusPrefix = bonusPrefix(target, keyBonus);
        this.sourceSignature = signatures(source);
        this.targetSignature = signatures(target);
    }

    private static long[] signatures(Units units) {
        long[] out = new long[units.size()];
        for (int u = 0; u < out.length; u++) {
            for (int k : units.keys[u]) {
                out[u] |= 1L << (k & 63);
            }
        }
        return out;
    }

    private static double[] bonusPrefix(Units units, double[] keyBonus) {
        double[] prefix = new double[units.size() + 1];
        for (int u = 0; u < units.size(); u++) {
            double sum = 0;
            for (int k : units.keys[u]) {
                sum += keyBonus[k];
            }
            prefix[u + 1] = prefix[u] + sum;
        }
        return prefix;
    }

    @Override
    public double cost(int i, int a, int j, int b, double limit) {
        double c = prior.cost(a, b);
        if (a == 0 || b == 0) {
            return lexical == null ? c : c + lexical.cost(i, a, j, b);
        }
        // what the bead can gain at most: every anchor matched, every content word translated where that helps
        double gain = Math.min(sourceBonusPrefix[i + a] - sourceBonusPrefix[i],
                targetBonusPrefix[j + b] - targetBonusPrefix[j]);
        if (lexical != null) {
            gain -= lexical.lowerBound(i, a, j, b);
        }
        // the length and paragraph costs are never negative: a shape whose prior alone loses is done here
        if (c - gain >= limit) {
            return c - gain;
        }
        c += lengthModel.cost(source.length(i, a), target.length(j, b));
        int ps = source.paragraphBreaks(i, a);
        int pt = target.paragraphBreaks(j, b);
        if (ps + pt > 0) {
            c += PARAGRAPH_BREAK * (ps + pt) + (ps > 0 && pt > 0 ? PARAGRAPH_BOTH : 0);
        }
        double bound = c - gain;
        if (bound >= limit) {
            return bound;
        }
        if (lexical != null) {
            c += lexical.cost(i, a, j, b);
            bound = c - Math.min(sourceBonusPrefix[i + a] - sourceBonusPrefix[i],
                    targetBonusPrefix[j + b] - targetBonusPrefix[j]);
            if (bound >= limit) {
                return bound;
            }
        }
        return c - anchorBonus(i, a, j, b);
    }

    /** Summed bonus of the anchor keys found on both sides (each occurrence matched at most once). */
    double anchorBonus(int i, int a, int j, int b) {
        if (sourceBonusPrefix[i + a] == sourceBonusPrefix[i] || targetBonusPrefix[j + b] == targetBonusPrefix[j]) {
            return 0;
        }
        long ss = 0;
        for (int u = i; u < i + a; u++) {
            ss |= sourceSignature[u];
        }
        long ts = 0;
        for (int v = j; v < j + b; v++) {
            ts |= targetSignature[v];
        }
        if ((ss & ts) == 0) {
            return 0;
        }
        for (int u = i; u < i + a; u++) {
            for (int k : source.keys[u]) {
                scratch[k]++;
            }
        }
        double bonus = 0;
        for (int u = j; u < j + b; u++) {
            for (int k : target.keys[u]) {
                if (scratch[k] > 0) {
                    scratch[k]--;
                    bonus += keyBonus[k];
                }
            }
        }
        for (int u = i; u < i + a; u++) {
            for (int k : source.keys[u]) {
                scratch[k] = 0;
            }
        }
        return bonus;
    }
}
