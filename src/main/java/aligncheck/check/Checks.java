package aligncheck.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The registered checks, and running them all. Adding a check is adding its class to {@link #all()}. */
public final class Checks {
    private Checks() {
    }

    public static List<Check> all() {
        return List.of(
                new NameMistranslatedCheck(),
                new NameMissingCheck(),
                new NameForbiddenCheck(),
                new TitleMistranslatedCheck(),
                new NumberMismatchCheck(),
                new NameSuspectCheck(),
                new NameInconsistentCheck());
    }

    /** Runs the checks and returns their findings in document order (target sentence, then source, then id). */
    public static List<Finding> run(List<Check> checks, CheckContext context) {
        List<Finding> all = new ArrayList<>();
        for (Check c : checks) {
            all.addAll(c.run(context));
        }
        all.sort(DOCUMENT_ORDER);
        return List.copyOf(all);
    }

    public static final Comparator<Finding> DOCUMENT_ORDER = Comparator
            .comparingInt(Finding::linkIndex)
            .thenComparingInt(Finding::targetSentence)
            .thenComparingInt(f -> f.targetSpan() == null ? Integer.MAX_VALUE : f.targetSpan().start())
            .thenComparingInt(Finding::sourceSentence)
            .thenComparingInt(f -> f.sourceSpan() == null ? Integer.MAX_VALUE : f.sourceSpan().start())
            .thenComparing(Finding::checkId);
}
