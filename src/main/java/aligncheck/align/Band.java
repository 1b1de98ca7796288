package aligncheck.align;

import java.util.Arrays;

/**
 * The part of the search grid the DP may visit. A node {@code (i, j)} means "the first i source units and the
 * first j target units are aligned"; the band allows, for each row i in {@code [0, n]}, the columns
 * {@code lo[i] ..= hi[i]}.
 *
 * <p>Invariants: {@code lo} and {@code hi} are non-decreasing, {@code lo[i] <= hi[i]}, {@code lo[0] = 0} and
 * {@code hi[n] = m}, so the start node (0,0) and the end node (n,m) are inside and every row is reachable.
 * Cells are stored row by row in one flat array: {@link #index(int, int)}.
 */
final class Band {
    final int n;
    final int m;
    final int[] lo;
    final int[] hi;
    private final int[] offset;

    private Band(int n, int m, int[] lo, int[] hi) {
        this.n = n;
        this.m = m;
        this.lo = lo;
        this.hi = hi;
        offset = new int[n + 2];
        for (int i = 0; i <= n; i++) {
            offset[i + 1] = offset[i] + hi[i] - lo[i] + 1;
        }
    }

    /** Every node of the n×m grid. */
    static Band full(int n, int m) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        Arrays.fill(hi, m);
        return new Band(n, m, lo, hi);
    }

    /**
     * The nodes within {@code width} rows or columns of a path found on a grid coarsened by {@code factor}
     * (coarse node (I,J) stands for fine node (factor·I, factor·J), clamped to the grid).
     *
     * @param coarsePath nodes {i, j} of the coarse path, from (0,0) to its end, monotone in both coordinates
     */
    static Band around(int[][] coarsePath, int factor, int n, int m, int width) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        Arrays.fill(lo, Integer.MAX_VALUE);
        Arrays.fill(hi, Integer.MIN_VALUE);
        for (int k = 0; k + 1 < coarsePath.length; k++) {
            int i0 = Math.min(n, coarsePath[k][0] * factor);
            int j0 = Math.min(m, coarsePath[k][1] * factor);
            int i1 = Math.min(n, coarsePath[k + 1][0] * factor);
            int j1 = Math.min(m, coarsePath[k + 1][1] * factor);
            for (int i = Math.max(0, i0 - width); i <= Math.min(n, i1 + width); i++) {
                lo[i] = Math.min(lo[i], Math.max(0, j0 - width));
                hi[i] = Math.max(hi[i], Math.min(m, j1 + width));
            }
        }
        lo[0] = 0;
        hi[n] = m;
        // fill rows the path did not touch and make both bounds monotone
        for (int i = 1; i <= n; i++) {
            hi[i] = Math.max(hi[i], hi[i - 1]);
        }
        for (int i = n - 1; i >= 0; i--) {
            lo[i] = Math.min(lo[i], lo[i + 1]);
        }
        for (int i = 0; i <= n; i++) {
            lo[i] = Math.min(lo[i], hi[i]);
        }
        return new Band(n, m, lo, hi);
    }

    /**
     * Whether a path through this band runs along its edge somewhere (a node on a row's first or last column where
     * the grid goes on beyond it): there the band, not the costs, may have decided the path.
     */
    boolean pinned(int[][] path) {
        for (int[] node : path) {
            int i = node[0];
            int j = node[1];
            if (j == lo[i] && lo[i] > 0 || j == hi[i] && hi[i] < m) {
                return true;
            }
        }
        return false;
    }

    boolean contains(int i, int j) {
        return i >= 0 && i <= n && j >= lo[i] && j <= hi[i];
    }

    /** Position of node (i, j) in a flat per-cell array; the node must be in the band. */
    int index(int i, int j) {
        return offset[i] + j - lo[i];
    }

    /** Number of nodes in the band. */
    int cells() {
        return offset[n + 1];
    }
}
