package aligncheck.align;

import java.util.Arrays;

/**
 * Monotone Viterbi search over a {@link Band}: the cheapest sequence of beads from node (0,0) to node (n,m),
 * where a bead of shape (a,b) goes from node (i,j) to node (i+a, j+b) and costs
 * {@link BeadCost#cost(int, int, int, int) cost(i, a, j, b)}; both ends must lie in the band.
 *
 * <p>The forward pass evaluates shapes in the order of {@link BeadShapes} and skips the full cost of a bead
 * whose {@link BeadCost#cost(int, int, int, int, double) lower bound} cannot beat the best bead found so far into the same node; the
 * cost (or, for a skipped bead, its bound) is kept per bead for the backward pass, so every bead costs at most
 * one evaluation.
 *
 * <p>Confidence of a bead on the best path: with max-marginals M(e) = forward(start) + cost(e) +
 * backward(end) (the cost of the best full path through bead e), the competitors of a path bead are the other
 * beads entering its end node or leaving its start node, and the confidence is
 * {@code 1 / (1 + Σ exp(M(best) − M(competitor)))}: 1 when every alternative is much dearer, 1/2 when one ties.
 * The backward pass skips beads by their bounds the same way, so both passes are exact Viterbi costs; the
 * competitors' costs are evaluated exactly.
 */
final class BeadSearch {
    private BeadSearch() {
    }

    /** The best path: {@code nodes[k] = {i, j}} from (0,0) to (n,m); {@code confidence[k]} for bead k → k+1. */
    record Path(int[][] nodes, double[] confidence) {
    }

    static Path run(Band band, BeadShapes shapes, BeadCost cost, boolean withConfidence) {
        int cells = band.cells();
        int ns = shapes.count();
        double[] fwd = new double[cells];
        byte[] back = new byte[cells];
        // beadCost[cell * ns + s]: cost of the bead of shape s that ends at the cell; +inf when it cannot exist
        float[] beadCost = withConfidence ? new float[cells * ns] : null;
        // exact[cell * ns + s]: whether beadCost holds the exact cost rather than a lower bound
        boolean[] exact = withConfidence ? new boolean[cells * ns] : null;
        Arrays.fill(fwd, Double.POSITIVE_INFINITY);
        for (int i = 0; i <= band.n; i++) {
            for (int j = band.lo[i]; j <= band.hi[i]; j++) {
                int here = band.index(i, j);
                if (i == 0 && j == 0) {
                    fwd[here] = 0;
                    back[here] = -1;
                    if (beadCost != null) {
                        Arrays.fill(beadCost, here * ns, here * ns + ns, Float.POSITIVE_INFINITY);
                    }
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                int bestShape = -1;
                for (int s = 0; s < ns; s++) {
                    int a = shapes.a[s];
                    int b = shapes.b[s];
                    int pi = i - a;
                    int pj = j - b;
                    double f = pi < 0 || pj < 0 || !band.contains(pi, pj) ? Double.POSITIVE_INFINITY
                            : fwd[band.index(pi, pj)];
                    double c;
                    if (f == Double.POSITIVE_INFINITY) {
                        c = Double.POSITIVE_INFINITY;
                    } else {
                        double limit = best - f;
                        c = cost.cost(pi, a, pj, b, limit);
                        if (c < limit) {
                            best = f + c;
                            bestShape = s;
                            if (exact != null) {
                                exact[here * ns + s] = true;
                            }
                        }
                    }
                    if (beadCost != null) {
                        beadCost[here * ns + s] = (float) c;
                    }
                }
                fwd[here] = best;
                back[here] = (byte) bestShape;
            }
        }
        int[][] nodes = trace(band, shapes, back);
        double[] confidence = new double[nodes.length - 1];
        if (withConfidence) {
            fillConfidence(band, shapes, cost, beadCost, exact, fwd, nodes, confidence);
        } else {
            Arrays.fill(confidence, 1.0);
        }
        return new Path(nodes, confidence);
    }

    private static int[][] trace(Band band, BeadShapes shapes, byte[] back) {
        int[][] rev = new int[band.n + band.m + 1][];
        int k = 0;
        int i = band.n;
        int j = band.m;
        rev[k++] = new int[] {i, j};
        while (i > 0 || j > 0) {
            int s = back[band.index(i, j)];
            if (s < 0) {
                throw new IllegalStateException("no path through the band to (" + i + "," + j + ")");
            }
            i -= shapes.a[s];
            j -= shapes.b[s];
            rev[k++] = new int[] {i, j};
        }
        int[][] nodes = new int[k][];
        for (int x = 0; x < k; x++) {
            nodes[x] = rev[k - 1 - x];
        }
        return nodes;
    }

    /** Backward pass (cheapest cost from each node to the end), then the max-marginal softmax per path bead. */
    private static void fillConfidence(Band band, BeadShapes shapes, BeadCost cost, float[] beadCost,
                                       boolean[] exact, double[] fwd, int[][] nodes, double[] confidence) {
        int ns = shapes.count();
        double[] bwd = new double[band.cells()];
        Arrays.fill(bwd, Double.POSITIVE_INFINITY);
        for (int i = band.n; i >= 0; i--) {
            for (int j = band.hi[i]; j >= band.lo[i]; j--) {
                int here = band.index(i, j);
                if (i == band.n && j == band.m) {
                    bwd[here] = 0;
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                for (int s = 0; s < ns; s++) {
                    int ni = i + shapes.a[s];
                    int nj = j + shapes.b[s];
                    if (ni > band.n || !band.contains(ni, nj)) {
                        continue;
                    }
                    int end = band.index(ni, nj);
                    int bead = end * ns + s;
                    double c = beadCost[bead];
                    if (!exact[bead] && bwd[end] + c < best) {
                        // only a bound so far, and it could win here: get the exact cost
                        c = cost.cost(i, shapes.a[s], j, shapes.b[s], best - bwd[end]);
                        beadCost[bead] = (float) c;
                        exact[bead] = c < best - bwd[end];
                    }
                    best = Math.min(best, bwd[end] + c);
                }
                bwd[here] = best;
            }
        }
        double total = fwd[band.index(band.n, band.m)];
        for (int k = 0; k + 1 < nodes.length; k++) {
            int start = band.index(nodes[k][0], nodes[k][1]);
            int end = band.index(nodes[k + 1][0], nodes[k + 1][1]);
            double sum = 0;
            for (int s = 0; s < ns; s++) {
                int a = shapes.a[s];
                int b = shapes.b[s];
                // competitors leaving the start node
                int ni = nodes[k][0] + a;
                int nj = nodes[k][1] + b;
                if (ni <= band.n && band.contains(ni, nj)) {
                    int e = band.index(ni, nj);
                    if (e != end && bwd[e] < Double.POSITIVE_INFINITY) {
                        sum += Math.exp(total - (fwd[start] + cost.cost(nodes[k][0], a, nodes[k][1], b) + bwd[e]));
                    }
                }
                // competitors entering the end node
                int pi = nodes[k + 1][0] - a;
                int pj = nodes[k + 1][1] - b;
                if (pi >= 0 && pj >= 0 && band.contains(pi, pj)) {
                    int p = band.index(pi, pj);
                    if (p != start && fwd[p] < Double.POSITIVE_INFINITY) {
                        sum += Math.exp(total - (fwd[p] + cost.cost(pi, a, pj, b) + bwd[end]));
                    }
                }
            }
            confidence[k] = Math.max(0.0, Math.min(1.0, 1.0 / (1.0 + sum)));
        }
    }
}
