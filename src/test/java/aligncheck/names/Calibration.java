package aligncheck.names;

import java.util.List;
import java.util.Locale;

/**
 * Precision and recall of a verdict over labelled renderings: a wrong rendering reported as suspect is a true
 * positive, a right one reported is a false positive.
 */
record Calibration(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    static Calibration of(List<RenderingSet.Row> rows, RenderingJudge judge) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (RenderingSet.Row r : rows) {
            boolean reported = judge.judge(r.name(), r.english()).suspect();
            if (reported && r.wrong()) {
                tp++;
            } else if (reported) {
                fp++;
            } else if (r.wrong()) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Calibration(tp, fp, fn, tn);
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
    }

    double recall() {
        return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P=%.3f R=%.3f (tp %d fp %d fn %d tn %d)", precision(), recall(),
                truePositives, falsePositives, falseNegatives, trueNegatives);
    }
}
