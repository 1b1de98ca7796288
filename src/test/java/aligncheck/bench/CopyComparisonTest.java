package aligncheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import aligncheck.align.Link;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyComparisonTest {
    /** One copy: 3 source and 2 target sentences, [0]:[0], [1,2]:[1]. */
    private static final List<Link> REF = List.of(Link.parse("[0]:[0]"), Link.parse("[1,2]:[1]"));

    private static List<Link> copies(int k) {
        List<Link> out = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            out.add(new Link(List.of(3 * c), List.of(2 * c), 0.7));
            out.add(new Link(List.of(3 * c + 1, 3 * c + 2), List.of(2 * c + 1), 0.9));
        }
        return out;
    }

    @Test
    void everyCopyAsTheReferenceConfidenceIgnored() {
        assertEquals(new CopyComparison(4, 4, 4, 0, -1), CopyComparison.of(copies(4), 4, 3, 2, REF));
    }

    @Test
    void aCopyAlignedOtherwiseIsCounted() {
        List<Link> links = copies(3);
        // copy 1: [3]:[2] and [4,5]:[3] become [3,4]:[2] and [5]:[3]
        links.set(2, Link.parse("[3,4]:[2]"));
        links.set(3, Link.parse("[5]:[3]"));
        assertEquals(new CopyComparison(3, 2, 2, 0, 1), CopyComparison.of(links, 3, 3, 2, REF));
    }

    @Test
    void aLinkAcrossTwoCopiesSpoilsBoth() {
        List<Link> links = copies(3);
        // the end of copy 0 and the start of copy 1 merged
        links.set(1, Link.parse("[1,2,3]:[1,2]"));
        links.remove(2);
        CopyComparison c = CopyComparison.of(links, 3, 3, 2, REF);
        assertEquals(new CopyComparison(3, 1, 0, 1, 0), c, "copy 0 spoilt: none can be like it");
    }

    @Test
    void nullLinksBelongToTheirSentencesCopy() {
        List<Link> ref = List.of(Link.parse("[0]:[]"), Link.parse("[]:[0]"), Link.parse("[1]:[1]"));
        List<Link> links = List.of(Link.parse("[0]:[]"), Link.parse("[]:[0]"), Link.parse("[1]:[1]"),
                Link.parse("[2]:[]"), Link.parse("[]:[2]"), Link.parse("[3]:[3]"));
        assertEquals(new CopyComparison(2, 2, 2, 0, -1), CopyComparison.of(links, 2, 2, 2, ref));
    }

    @Test
    void aCopyDifferentFromTheReferenceButLikeTheFirst() {
        List<Link> other = List.of(Link.parse("[0,1]:[0]"), Link.parse("[2]:[1]"));
        assertEquals(new CopyComparison(4, 0, 4, 0, 0), CopyComparison.of(copies(4), 4, 3, 2, other));
    }

    @Test
    void linksBeyondTheCopiesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CopyComparison.of(copies(3), 2, 3, 2, REF));
        assertThrows(IllegalArgumentException.class, () -> CopyComparison.of(copies(1), 0, 3, 2, REF));
    }
}
