package aligncheck.check;

import aligncheck.text.NumberExpression;
import aligncheck.text.NumberExpression.Kind;
import aligncheck.text.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the numbers of one link's source sentences with those of its target sentences, as a multiset: each target
 * number stands for at most one source number.
 *
 * <p>Three passes, each over the source numbers in document order, each taking the first unused target number
 * that qualifies:
 * <ol>
 *   <li><b>Same value</b>: same kind and same canonical value.</li>
 *   <li><b>Equivalent</b>: the same thing written another way ({@link #equivalent}) — a date matches a date whose
 *       year only one side states, a day, or an ordinal of that day ("7月8日" ↔ "the 8th"); a day matches a date
 *       with that day, an ordinal or a bare number ("22日至26日" ↔ "September 22 to 26"); a year matches a bare number or a dated month/date of that year; a number matches an
 *       ordinal of the same value ("十八大" ↔ "18th").</li>
 *   <li><b>Changed</b>: a target number of the same group that looks like a different rendering of the source
 *       number ({@link #changeCandidate}); the most similar one is taken.</li>
 * </ol>
 * Source numbers left over are missing. Target numbers left over are ignored: translations add years, spell out
 * context, and so on.
 */
final class NumberPairing {

    /** A number expression and the sentence it was found in (its span is relative to that sentence's text). */
    record Occurrence(Sentence sentence, NumberExpression expression) {
    }

    /** A source number whose counterpart in the translation has a different value. */
    record Change(Occurrence source, Occurrence target) {
    }

    /** The changed and the missing source numbers, each in source order. */
    record Result(List<Change> changed, List<Occurrence> missing) {
    }

    /** Kinds whose values may be confused with one another: only numbers of one group are paired as changed. */
    private enum Group { QUANTITY, PERCENT, YEAR, DAY, MONTH }

    private final List<Occurrence> source;
    private final List<Occurrence> target;
    private final Occurrence[] partner;
    private final boolean[] used;
    /** A target date or month with a year can stand for a source year as well as for a source date. */
    private final boolean[] yearUsed;

    private NumberPairing(List<Occurrence> source, List<Occurrence> target) {
        this.source = source;
        this.target = target;
        this.partner = new Occurrence[source.size()];
        this.used = new boolean[target.size()];
        this.yearUsed = new boolean[target.size()];
    }

    static Result pair(List<Occurrence> source, List<Occurrence> target) {
        return new NumberPairing(List.copyOf(source), List.copyOf(target)).run();
    }

    private Result run() {
        for (int i = 0; i < source.size(); i++) {
            matchFirst(i, true);
        }
        for (int i = 0; i < source.size(); i++) {
            matchFirst(i, false);
        }
        boolean[] sole = soleInGroup();
        List<Change> changed = new ArrayList<>();
        List<Occurrence> missing = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            if (partner[i] != null) {
                continue;
            }
            int j = mostSimilarCandidate(i, sole[i]);
            if (j < 0) {
                missing.add(source.get(i));
            } else {
                used[j] = true;
                partner[i] = target.get(j);
                changed.add(new Change(source.get(i), target.get(j)));
            }
        }
        return new Result(changed, missing);
    }

    private void matchFirst(int i, boolean strict) {
        if (partner[i] != null) {
            return;
        }
        NumberExpression s = source.get(i).expression();
        for (int j = 0; j < target.size(); j++) {
            NumberExpression t = target.get(j).expression();
            boolean asYear = s.kind() == Kind.YEAR && (t.kind() == Kind.DATE || t.kind() == Kind.MONTH);
            boolean free = asYear ? !yearUsed[j] : !used[j];
            if (free && (strict ? s.sameValue(t) : equivalent(s, t))) {
                if (asYear) {
                    yearUsed[j] = true;
                } else {
                    used[j] = true;
                }
                partner[i] = target.get(j);
                return;
            }
        }
    }

    /**
     * For each source number: whether, after the first two passes, it is the only unmatched source number of its
     * group and exactly one target number of that group is unused — then they are paired even if they do not look
     * alike (25% → 40%).
     */
    private boolean[] soleInGroup() {
        boolean[] sole = new boolean[source.size()];
        for (int i = 0; i < source.size(); i++) {
            if (partner[i] != null) {
                continue;
            }
            Group g = group(source.get(i).expression().kind());
            long sources = countUnmatched(g);
            long targets = countUnused(g);
            sole[i] = sources == 1 && targets == 1;
        }
        return sole;
    }

    private long countUnmatched(Group g) {
        long n = 0;
        for (int k = 0; k < source.size(); k++) {
            n += partner[k] == null && group(source.get(k).expression().kind()) == g ? 1 : 0;
        }
        return n;
    }

    private long countUnused(Group g) {
        long n = 0;
        for (int k = 0; k < target.size(); k++) {
            n += !used[k] && group(target.get(k).expression().kind()) == g ? 1 : 0;
        }
        return n;
    }

    /**
     * The unused target number most like source number {@code i} among the change candidates, or -1: fewest edits
     * between their English renderings, then closest in length, then written the same way (digits or words), then
     * the first.
     */
    private int mostSimilarCandidate(int i, boolean sole) {
        NumberExpression s = source.get(i).expression();
        int best = -1;
        long bestRank = Long.MAX_VALUE;
        for (int j = 0; j < target.size(); j++) {
            NumberExpression t = target.get(j).expression();
            if (used[j] || !changeCandidate(s, t, sole)) {
                continue;
            }
            String a = s.toEnglish();
            String b = t.toEnglish();
            long rank = distance(a, b) * 1_000_000L + Math.abs(a.length() - b.length()) * 10L
                    + (s.writtenInDigits() == t.writtenInDigits() ? 0 : 1);
            if (rank < bestRank) {
                best = j;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Pass 2: the same value written another way (see the class comment). */
    static boolean equivalent(NumberExpression s, NumberExpression t) {
        if (s.sameValue(t)) {
            return true;
        }
        return switch (s.kind()) {
            case NUMBER, ORDINAL -> (t.kind() == Kind.NUMBER || t.kind() == Kind.ORDINAL || t.kind() == Kind.YEAR)
                    && s.wholeValue() >= 0 && s.wholeValue() == t.wholeValue()
                    || s.kind() == Kind.ORDINAL && t.kind() == Kind.DAY && s.wholeValue() == t.day();
            case YEAR -> (t.kind() == Kind.NUMBER || t.kind() == Kind.ORDINAL) && t.wholeValue() == s.year()
                    || (t.kind() == Kind.DATE || t.kind() == Kind.MONTH) && t.year() == s.year();
            case MONTH -> (t.kind() == Kind.MONTH || t.kind() == Kind.DATE) && t.month() == s.month()
                    && yearsAgree(s, t);
            case DATE -> t.kind() == Kind.DATE && t.month() == s.month() && t.day() == s.day() && yearsAgree(s, t)
                    || t.kind() == Kind.DAY && t.day() == s.day()
                    || t.kind() == Kind.ORDINAL && t.wholeValue() == s.day();
            case DAY -> (t.kind() == Kind.DATE || t.kind() == Kind.DAY) && t.day() == s.day()
                    || (t.kind() == Kind.ORDINAL || t.kind() == Kind.NUMBER) && t.wholeValue() == s.day();
            case PERCENT -> false;
        };
    }

    private static boolean yearsAgree(NumberExpression a, NumberExpression b) {
        return a.year() == 0 || b.year() == 0 || a.year() == b.year();
    }

    /**
     * Pass 3: whether target number {@code t} may be the changed rendering of source number {@code s}. Both must be
     * of one group. Quantities must moreover be of the same kind, look alike ({@link #similarAmounts}) and the
     * target must not be a spelled-out "one"/"first" (usually a pronoun or "for the first time"). The other groups
     * pair when they look alike or when they are the only leftovers of their group ({@code sole}).
     */
    static boolean changeCandidate(NumberExpression s, NumberExpression t, boolean sole) {
        Group g = group(s.kind());
        if (g != group(t.kind())) {
            return false;
        }
        return switch (g) {
            case QUANTITY -> s.kind() == t.kind() && !isSpelledOne(t) && similarAmounts(s.amount(), t.amount());
            case PERCENT -> sole || similarAmounts(s.amount(), t.amount());
            case YEAR -> sole || distance(Integer.toString(s.year()), Integer.toString(t.year())) <= 1;
            case DAY, MONTH -> sole || differingCalendarFields(s, t) == 1;
        };
    }

    private static boolean isSpelledOne(NumberExpression e) {
        return e.amount().compareTo(BigDecimal.ONE) == 0 && !e.writtenInDigits();
    }

    /**
     * Different values that a slip would turn into one another: one digit changed, added, dropped or two swapped
     * ({@code 25 → 35}, {@code 1 → 11}, {@code 3.5 → 35}), or the same digits at another scale
     * ({@code 120 million → 1.2 billion}).
     */
    static boolean similarAmounts(BigDecimal a, BigDecimal b) {
        if (a.compareTo(b) == 0) {
            return false;
        }
        boolean sameDigits = a.stripTrailingZeros().unscaledValue().equals(b.stripTrailingZeros().unscaledValue());
        return sameDigits || distance(a.toPlainString(), b.toPlainString()) <= 1;
    }

    /** How many of year, month and day — counting those both state — differ. */
    private static int differingCalendarFields(NumberExpression a, NumberExpression b) {
        int n = 0;
        n += a.year() > 0 && b.year() > 0 && a.year() != b.year() ? 1 : 0;
        n += a.month() > 0 && b.month() > 0 && a.month() != b.month() ? 1 : 0;
        n += a.day() > 0 && b.day() > 0 && a.day() != b.day() ? 1 : 0;
        return n;
    }

    private static Group group(Kind k) {
        return switch (k) {
            case NUMBER, ORDINAL -> Group.QUANTITY;
            case PERCENT -> Group.PERCENT;
            case YEAR -> Group.YEAR;
            case DATE, DAY -> Group.DAY;
            case MONTH -> Group.MONTH;
        };
    }

    /** Edit distance counting a swap of two adjacent characters as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
