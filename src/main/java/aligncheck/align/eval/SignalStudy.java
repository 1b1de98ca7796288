package aligncheck.align.eval;

import aligncheck.align.Aligner;
import aligncheck.align.AlignerConfig;
import aligncheck.align.Signal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * What each signal of the aligner adds: the sets aligned with the signals switched on one after another (length
 * alone first, the default configuration last), then with the default configuration less one signal at a time,
 * and with beads limited to two sentences (1-2, 2-1). Each row's exact-match F1 per set.
 */
public final class SignalStudy {
    private SignalStudy() {
    }

    /** One configuration and its exact-match F1 on each set, in the order of the sets. */
    public record Row(String name, List<Double> exactF1) {
    }

    /**
     * @param aligner the aligner for a configuration (the same lexicons for all)
     * @param base    the default configuration, every signal on
     */
    public static List<Row> run(List<GoldSet> sets, AlignerConfig base, Function<AlignerConfig, Aligner> aligner) {
        List<Row> rows = new ArrayList<>();
        Set<Signal> on = EnumSet.noneOf(Signal.class);
        rows.add(row("length only", sets, aligner.apply(base.withSignals(on))));
        for (Signal[] step : new Signal[][] {{Signal.NUMBERS, Signal.LATIN_TOKENS}, {Signal.PUNCTUATION},
                {Signal.NAMES}, {Signal.DICTIONARY}, {Signal.LEARNED_LEXICON}}) {
            on.addAll(List.of(step));
            rows.add(row("+ " + names(step), sets, aligner.apply(base.withSignals(on))));
        }
        for (Signal left : Signal.values()) {
            Set<Signal> less = EnumSet.allOf(Signal.class);
            less.remove(left);
            rows.add(row("all but " + names(left), sets, aligner.apply(base.withSignals(less))));
        }
        rows.add(row("all, beads of 1-2 sentences only", sets, aligner.apply(base.withMaxBeadSize(3))));
        return rows;
    }

    private static Row row(String name, List<GoldSet> sets, Aligner aligner) {
        List<Double> f1 = new ArrayList<>();
        for (GoldSet set : sets) {
            f1.add(Evaluation.run(set, aligner, null).scores().exactF1());
        }
        return new Row(name, f1);
    }

    private static String names(Signal... signals) {
        List<String> out = new ArrayList<>();
        for (Signal s : signals) {
            out.add(s.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return String.join(", ", out);
    }

    /** A Markdown table: one row per configuration, one column per set. */
    public static String table(List<GoldSet> sets, List<Row> rows) {
        StringBuilder b = new StringBuilder("| signals (exact-match F1) |");
        sets.forEach(s -> b.append(' ').append(s.name()).append(" |"));
        b.append("\n|---|");
        sets.forEach(s -> b.append("---|"));
        b.append('\n');
        for (Row r : rows) {
            b.append("| ").append(r.name()).append(" |");
            r.exactF1().forEach(f -> b.append(String.format(Locale.ROOT, " %.3f |", f)));
            b.append('\n');
        }
        return b.toString();
    }
}
