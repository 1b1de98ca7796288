package aligncheck.align.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import aligncheck.align.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    private static Link link(List<Integer> s, List<Integer> t, double confidence) {
        return new Link(s, t, confidence);
    }

    @Test
    void linksAreBinnedByConfidenceAndCountedWhenExactlyInGold() {
        List<Link> gold = List.of(link(List.of(0), List.of(0), 1), link(List.of(1), List.of(1, 2), 1),
                link(List.of(2), List.of(), 1));
        List<Link> test = List.of(
                link(List.of(0), List.of(0), 0.99),   // right, top bin
                link(List.of(1), List.of(1), 0.3),    // wrong (gold is 1-2), lowest bin
                link(List.of(), List.of(2), 0.6),     // wrong
                link(List.of(2), List.of(), 0.95));   // right null link, 0.95 falls in the top bin
        Calibration c = Calibration.of(List.of(gold), List.of(test));
        assertArrayEquals(new int[] {1, 1, 0, 2}, c.links());
        assertArrayEquals(new int[] {0, 0, 0, 2}, c.correct());
        assertEquals("0.00–0.50: 1 links, 0.0% exact | 0.50–0.80: 1 links, 0.0% exact | 0.80–0.95: 0 links, - exact"
                + " | 0.95–1: 2 links, 100.0% exact", c.format());
    }
}
