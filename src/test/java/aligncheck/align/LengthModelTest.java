package aligncheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.text.Language;
import org.junit.jupiter.api.Test;

class LengthModelTest {
    @Test
    void costIsZeroAtTheRatioAndGrowsWithTheDifference() {
        LengthModel zh = LengthModel.forLanguage(Language.ZH);
        assertEquals(0.0, zh.cost(100, 343), 1e-6);
        double near = zh.cost(100, 300);
        double far = zh.cost(100, 200);
        assertTrue(0 < near && near < far, near + " " + far);
        assertTrue(Double.isFinite(zh.cost(1, 100_000)), "no underflow for absurd pairs");
    }

    @Test
    void twoTailMatchesKnownValues() {
        // 2·(1−Φ(1.96)) = 0.05
        assertEquals(-Math.log(0.05), LengthModel.minusLogTwoTail(1.959964), 1e-5);
        assertEquals(0.0, LengthModel.minusLogTwoTail(0), 1e-6);
    }

    @Test
    void japaneseHasItsOwnRatioAndLengthsIgnoreSpaces() {
        assertTrue(LengthModel.forLanguage(Language.JA).ratio() < LengthModel.forLanguage(Language.ZH).ratio());
        assertEquals(5, LengthModel.length(" a b\tcde \n"));
    }
}
