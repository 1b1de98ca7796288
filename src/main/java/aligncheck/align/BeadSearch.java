package aligncheck.align;

import java.util.Arrays;

/**
 * Monotone Viterbi search over a {@link Band}: the cheapest sequence of beads from node (0,0) to node (n,m),
 * where a bead of shape (a,b) goes from node (i,j) to node (i+a, j+b) and costs
 * {@link BeadCost#cost(int, int, int, int) cost(i, a, j, b)}; both ends must lie in the band.
 *
 * <p>Confidence of a bead on the best path: with max-marginals M(e) = forward(start) + cost(e) +
 * backward(end) (the cost of the best full path through bead e), the competitors of a path bead are the other
 * beads entering its end node or leaving its start node, and the confidence is
 * {@code 1 / (1 + Σ exp(M(best) − M(competitor)))}: 1 when every alternative is much dearer, 1/2 when one ties.
 */
final class BeadSearch {
    private BeadSearch() {
    }

    /** The best path: {@code nodes[k] = {i, j}} from (0,0) to (n,m); {@code confidence[k]} for bead k → k+1. */
    record Path(int[][] nodes, double[] confidence) {
    }

    static Path run(Band band, BeadShapes shapes, BeadCost cost, boolean withConfidence) {
        int cells = band.cells();
        double[] fwd = new double[cells];
        byte[] back = new byte[cells];
        Arrays.fill(fwd, Double.POSITIVE_INFINITY);
        int ns = shapes.count();
        for (int i = 0; i <= band.n; i++) {
            for (int j = band.lo[i]; j <= band.hi[i]; j++) {
                int here = band.index(i, j);
                if (i == 0 && j == 0) {
                    fwd[here] = 0;
                    back[here] = -1;
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                int bestShape = -1;
                for (int s = 0; s < ns; s++) {
                    int pi = i - shapes.a[s];
                    int pj = j - shapes.b[s];
                    if (pi < 0 || pj < 0 || !band.contains(pi, pj)) {
                        continue;
                    }
                    double f = fwd[band.index(pi, pj)];
                    if (f == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = f + cost.cost(pi, shapes.a[s], pj, shapes.b[s]);
                    if (c < best) {
                        best = c;
                        bestShape = s;
                    }
                }
                fwd[here] = best;
                back[here] = (byte) bestShape;
            }
        }
        int[][] nodes = trace(band, shapes, back);
        double[] confidence = new double[nodes.length - 1];
        if (withConfidence) {
            fillConfidence(band, shapes, cost, fwd, nodes, confidence);
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
    private static void fillConfidence(Band band, BeadShapes shapes, BeadCost cost, double[] fwd, int[][] nodes,
                                       double[] confidence) {
        double[] bwd = new double[band.cells()];
        Arrays.fill(bwd, Double.POSITIVE_INFINITY);
        int ns = shapes.count();
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
                    double g = bwd[band.index(ni, nj)];
                    if (g == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    best = Math.min(best, g + cost.cost(i, shapes.a[s], j, shapes.b[s]));
                }
                bwd[here] = best;
            }
        }
        double total = fwd[band.index(band.n, band.m)];
        for (int k = 0; k + 1 < nodes.length; k++) {
            int i0 = nodes[k][0];
            int j0 = nodes[k][1];
            int i1 = nodes[k + 1][0];
            int j1 = nodes[k + 1][1];
            double sum = 0;
            for (int s = 0; s < ns; s++) {
                int a = shapes.a[s];
                int b = shapes.b[s];
                // competitors leaving the start node
                int ni = i0 + a;
                int nj = j0 + b;
                if (!(ni == i1 && nj == j1) && ni <= band.n && band.contains(ni, nj)) {
                    double g = bwd[band.index(ni, nj)];
                    if (g < Double.POSITIVE_INFINITY) {
                        sum += Math.exp(total - (fwd[band.index(i0, j0)] + cost.cost(i0, a, j0, b) + g));
                    }
                }
                // competitors entering the end node
                int pi = i1 - a;
                int pj = j1 - b;
                if (!(pi == i0 && pj == j0) && pi >= 0 && pj >= 0 && band.contains(pi, pj)) {
                    double f = fwd[band.index(pi, pj)];
                    if (f < Double.POSITIVE_INFINITY) {
                        sum += Math.exp(total - (f + cost.cost(pi, a, pj, b) + bwd[band.index(i1, j1)]));
                    }
                }
            }
            confidence[k] = Math.max(0.0, Math.min(1.0, 1.0 / (1.0 + sum)));
        }
    }
}
