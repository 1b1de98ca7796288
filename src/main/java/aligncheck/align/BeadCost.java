package aligncheck.align;

/**
 * Cost of linking source units {@code [i, i + a)} with target units {@code [j, j + b)} as one bead: a negative
 * log-likelihood-like score in nats; lower is better, the total cost of an alignment is the sum over its beads.
 * May be negative (strong anchors). An instance serves one search and need not be thread-safe.
 */
interface BeadCost {
    /** The exact cost. */
    default double cost(int i, int a, int j, int b) {
        return cost(i, a, j, b, Double.POSITIVE_INFINITY);
    }

    /**
     * The exact cost when it is below {@code limit}; otherwise either the exact cost or a cheaper lower bound of
     * it that is itself at least {@code limit} (the search then knows the bead loses without its full cost).
     */
    double cost(int i, int a, int j, int b, double limit);
}
