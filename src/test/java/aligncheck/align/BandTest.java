package aligncheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BandTest {
    @Test
    void bandAroundACoarsePathIsMonotoneAndContainsBothEnds() {
        int[][] coarse = {{0, 0}, {1, 1}, {2, 1}, {3, 3}, {50, 40}};
        Band band = Band.around(coarse, 2, 100, 80, 3);
        assertTrue(band.contains(0, 0));
        assertTrue(band.contains(100, 80));
        for (int i = 1; i <= 100; i++) {
            assertTrue(band.lo[i] >= band.lo[i - 1] && band.hi[i] >= band.hi[i - 1]);
            assertTrue(band.lo[i] <= band.hi[i]);
        }
        assertTrue(band.contains(4, 2));
        assertFalse(band.contains(0, 20), "far from the path");
        assertTrue(band.cells() < 101 * 81);
    }

    @Test
    void fullBandIndexesEveryCell() {
        Band band = Band.full(3, 4);
        assertEquals(20, band.cells());
        assertEquals(19, band.index(3, 4));
        assertEquals(6, band.index(1, 1));
    }

    @Test
    void aPathAlongTheBandsEdgeIsPinnedOneInsideIsNot() {
        int[][] diagonal = new int[11][];
        for (int k = 0; k <= 10; k++) {
            diagonal[k] = new int[] {k, k};
        }
        Band band = Band.around(diagonal, 1, 10, 10, 2);
        assertFalse(band.pinned(diagonal), "the path the band was built around runs in its middle");
        assertFalse(Band.full(10, 10).pinned(new int[][] {{0, 0}, {0, 10}, {10, 10}}), "a full band has no edge");
        // rows reach 5 columns either side of the diagonal (width 2 around segments of one step): a path 5 columns
        // right of it runs along the last column of its rows, one 4 columns right does not
        assertEquals(5, band.hi[0]);
        assertTrue(band.pinned(new int[][] {{0, 0}, {0, 5}, {5, 10}, {10, 10}}));
        assertFalse(band.pinned(new int[][] {{0, 0}, {0, 4}, {6, 10}, {10, 10}}));
    }
}
