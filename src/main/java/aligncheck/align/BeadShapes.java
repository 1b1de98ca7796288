package aligncheck.align;

import java.util.ArrayList;
import java.util.List;

/**
 * The bead shapes a search may use: 1-0, 0-1 and every a-b with a, b ≥ 1 and a + b ≤ maxSize (for 8: 1-1 …
 * 1-7, 2-6, 3-5, 4-4, 7-1). Stored as two parallel arrays, the shape at index s linking {@code a[s]} source units
 * with {@code b[s]} target units; 1-1 comes first and larger shapes later, so that the search meets a good bead
 * early and can skip dear ones by their bounds.
 */
final class BeadShapes {
    final int[] a;
    final int[] b;
    final int maxSize;

    BeadShapes(int maxSize) {
        if (maxSize < 2 || maxSize > 16) {
            // at least a 1-1 link; at most 122 shapes, so that a shape index fits the search's byte back-pointers
            throw new IllegalArgumentException("max bead size must be in [2, 16], got " + maxSize);
        }
        this.maxSize = maxSize;
        List<int[]> shapes = new ArrayList<>();
        shapes.add(new int[] {1, 1});
        shapes.add(new int[] {1, 0});
        shapes.add(new int[] {0, 1});
        for (int total = 3; total <= maxSize; total++) {
            for (int x = 1; x < total; x++) {
                shapes.add(new int[] {x, total - x});
            }
        }
        a = shapes.stream().mapToInt(s -> s[0]).toArray();
        b = shapes.stream().mapToInt(s -> s[1]).toArray();
    }

    int count() {
        return a.length;
    }

    /** Largest number of source (or target) units one shape takes. */
    int maxSide() {
        return maxSize - 1;
    }
}
