package aligncheck.align;

/**
 * Cost of linking source units {@code [i, i + a)} with target units {@code [j, j + b)} as one bead: a negative
 * log-likelihood-like score in nats; lower is better, the total cost of an alignment is the sum over its beads.
 * May be negative (strong anchors). An instance serves one search and need not be thread-safe.
 */
interface BeadCost {
    double cost(int i, int a, int j, int b);
}
