package aligncheck.align.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.align.AlignerConfig;
import aligncheck.align.DynamicProgrammingAligner;
import aligncheck.align.Lexicons;
import aligncheck.align.Signal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signal study on ja-en-dev (small enough to align thirteen times): each signal measured, the last step the default. */
class SignalStudyTest {
    @Test
    void signalsAddUpToTheDefaultAndTheLexiconMatters() {
        List<GoldSet> sets = List.of(SharedEval.set("ja-en-dev"));
        Lexicons lexicons = Lexicons.defaults();
        AlignerConfig base = AlignerConfig.defaults();
        List<SignalStudy.Row> rows = SignalStudy.run(sets, base, c -> new DynamicProgrammingAligner(c, lexicons));
        String table = SignalStudy.table(sets, rows);
        assertEquals(1 + 5 + Signal.values().length + 1, rows.size(), table);
        assertEquals("length only", rows.get(0).name());
        double lengthOnly = rows.get(0).exactF1().get(0);
        double all = rows.get(5).exactF1().get(0);
        double defaults = Evaluation.run(sets.get(0), new DynamicProgrammingAligner(base, lexicons), null).scores()
                .exactF1();
        assertEquals(defaults, all, 1e-12, "the last cumulative step is the default configuration\n" + table);
        assertTrue(lengthOnly < all - 0.1, "length alone must be well below all signals\n" + table);
        double noDictionary = rows.stream().filter(r -> r.name().equals("all but dictionary")).findFirst()
                .orElseThrow().exactF1().get(0);
        assertTrue(noDictionary < all, "the dictionary must add something\n" + table);
        assertTrue(table.startsWith("| signals (exact-match F1) | ja-en-dev |"), table);
    }
}
