package aligncheck.align.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import aligncheck.align.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static List<Link> links(String... s) {
        return java.util.Arrays.stream(s).map(Link::parse).toList();
    }

    @Test
    void perfectAlignmentScoresOne() {
        List<Link> gold = links("[0]:[0]", "[1,2]:[1]", "[3]:[]");
        Scores s = Scorer.score(List.of(gold), List.of(gold));
        assertEquals(1.0, s.strictF1());
        assertEquals(1.0, s.laxF1());
        assertEquals(1.0, s.exactF1());
    }

    @Test
    void countsFollowTheVecalignConvention() {
        List<Link> gold = links("[0]:[0]", "[1,2]:[1]", "[3]:[]", "[4]:[2]");
        List<Link> test = links("[0]:[0]", "[1]:[1]", "[2]:[]", "[3]:[]", "[4]:[2]", "[4]:[2]");
        Scores s = Scorer.score(List.of(gold), List.of(test));
        // precision over distinct test links: 5, of which 3 strict ([0]:[0], [3]:[], [4]:[2]), lax adds [1]:[1]
        assertEquals(3 / 5.0, s.strictP(), 1e-12);
        assertEquals(4 / 5.0, s.laxP(), 1e-12);
        // recall over non-null gold links: 3; strict 2, lax all 3 ([1,2]:[1] meets test [1]:[1])
        assertEquals(2 / 3.0, s.strictR(), 1e-12);
        assertEquals(1.0, s.laxR(), 1e-12);
        // exact: the list, duplicates counted: 4 of 6 test links match; 4 gold links
        assertEquals(4 / 6.0, s.exactP(), 1e-12);
        assertEquals(4 / 4.0, s.exactR(), 1e-12);
    }

    @Test
    void countsAreSummedOverDocumentsBeforeDividing() {
        Scores s = Scorer.score(List.of(links("[0]:[0]"), links("[0]:[0]", "[1]:[1]", "[2]:[2]")),
                List.of(links("[0]:[0]"), links("[0,1]:[0,1]", "[2]:[2]")));
        assertEquals(2 / 4.0, s.exactR(), 1e-12);
        assertEquals(2 / 3.0, s.exactP(), 1e-12);
    }
}
