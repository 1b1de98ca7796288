package aligncheck.align.eval;

import java.util.Locale;

/**
 * Alignment quality of a set, as /work/shared/eval/score.py reports it: strict and lax precision/recall/F1
 * (Vecalign convention) and exact-match precision/recall/F1 (the Bertalign paper's tables).
 */
public record Scores(double strictP, double strictR, double strictF1, double laxP, double laxR, double laxF1,
                     double exactP, double exactR, double exactF1) {

    /** The two lines score.py prints, with the same rounding. */
    public String format() {
        return String.format(Locale.ROOT, "vecalign-style  strict P/R/F1 = %.3f/%.3f/%.3f   lax P/R/F1 = "
                        + "%.3f/%.3f/%.3f%naligner-eval exact-match P/R/F1 = %.3f/%.3f/%.3f",
                strictP, strictR, strictF1, laxP, laxR, laxF1, exactP, exactR, exactF1);
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    static double ratio(long a, long b) {
        return b == 0 ? 0.0 : (double) a / b;
    }
}
