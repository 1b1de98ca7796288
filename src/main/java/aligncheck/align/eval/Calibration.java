package aligncheck.align.eval;

import aligncheck.align.Link;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the aligner's link confidence means something: the links produced, in bins of confidence, with the
 * share of each bin that is exactly a gold link. A useful confidence has that share rise with the bin, so a
 * reviewer sent to the doubtful links (below 0.8 in the review window) is sent where the errors are.
 *
 * @param upper   the bins' upper bounds (the last is 1, inclusive), ascending
 * @param links   links produced per bin
 * @param correct links per bin that are exactly a gold link
 */
public record Calibration(double[] upper, int[] links, int[] correct) {
    /** The bins of the report: [0, 0.5), [0.5, 0.8), [0.8, 0.95), [0.95, 1]. */
    static final double[] BINS = {0.5, 0.8, 0.95, 1.0};

    /** Bins the produced links of each document against that document's gold. */
    public static Calibration of(List<List<Link>> golds, List<List<Link>> tests) {
        int[] links = new int[BINS.length];
        int[] correct = new int[BINS.length];
        for (int d = 0; d < tests.size(); d++) {
            Set<List<List<Integer>>> gold = new HashSet<>();
            for (Link g : golds.get(d)) {
                gold.add(List.of(g.source(), g.target()));
            }
            for (Link t : tests.get(d)) {
                int bin = 0;
                while (bin < BINS.length - 1 && t.confidence() >= BINS[bin]) {
                    bin++;
                }
                links[bin]++;
                if (gold.contains(List.of(t.source(), t.target()))) {
                    correct[bin]++;
                }
            }
        }
        return new Calibration(BINS.clone(), links, correct);
    }

    /** One line: {@code <0.50: 12 links, 41.7% exact | 0.50–0.80: …}. */
    public String format() {
        StringBuilder b = new StringBuilder();
        double lower = 0;
        for (int k = 0; k < upper.length; k++) {
            if (k > 0) {
                b.append(" | ");
            }
            b.append(String.format(Locale.ROOT, "%.2f–%s: %d links, %s exact", lower,
                    k == upper.length - 1 ? "1" : String.format(Locale.ROOT, "%.2f", upper[k]), links[k],
                    links[k] == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * correct[k] / links[k])));
            lower = upper[k];
        }
        return b.toString();
    }
}
