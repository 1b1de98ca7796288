package aligncheck.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * One number found in a sentence — a figure, a percentage, an ordinal or a calendar expression — with a canonical
 * value that compares across languages: {@code 百分之三点五}, {@code ３．５％} and {@code 3.5 percent} all have kind
 * {@link Kind#PERCENT} and amount 3.5; {@code 2025年7月7日} and {@code July 7, 2025} are both the {@link Kind#DATE}
 * 2025-07-07; {@code 1.2亿} and {@code 120 million} are both the {@link Kind#NUMBER} 120000000.
 *
 * <p>Invariants:
 * <ul>
 *   <li>{@code text.length() == span.length()}; {@code span} refers to the string the expression was extracted
 *       from, and {@code text} is that string's {@code span}.</li>
 *   <li>{@code amount} is non-null exactly for {@link Kind#NUMBER}, {@link Kind#PERCENT} and {@link Kind#ORDINAL};
 *       it is {@code >= 0}, stripped of trailing zeros (so {@code equals} compares values), and a whole number
 *       {@code >= 1} for an ordinal. Those kinds have {@code year == month == day == 0}.</li>
 *   <li>The calendar kinds use {@code year}, {@code month} (1–12) and {@code day} (1–31), 0 meaning "not stated":
 *       {@link Kind#YEAR} has only a year, {@link Kind#MONTH} a month and maybe a year, {@link Kind#DATE} a month
 *       and a day and maybe a year, {@link Kind#DAY} only a day.</li>
 * </ul>
 */
public record NumberExpression(Span span, String text, Kind kind, BigDecimal amount, int year, int month, int day) {

    /** What a number expression denotes. */
    public enum Kind {
        /** A quantity, whole or decimal: 14, 十四, 30,000, 3万, 1.2 billion, 3.5. */
        NUMBER,
        /** A percentage (or percentage points): 25%, 百分之二十五, 25パーセント, 25 percent, 三成 (= 30). */
        PERCENT,
        /** A rank: 第27届, 27th, twenty-seventh. */
        ORDINAL,
        /** A calendar year: 2025年, 二〇一三年, 令和7年, a bare 2025 in English. */
        YEAR,
        /** A month, maybe with its year: 7月, 2025年7月, July, July 2025. */
        MONTH,
        /** A day of a month, maybe with its year: 7月7日, 2025年7月7日, July 7, 7 July 2025. */
        DATE,
        /** A day of the month alone: 8日, "on the 8th". */
        DAY;

        /** True for the kinds that carry an amount rather than year/month/day fields. */
        public boolean hasAmount() {
            return this == NUMBER || this == PERCENT || this == ORDINAL;
        }
    }

    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    public NumberExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (text.length() != span.length() || span.isEmpty()) {
            throw new IllegalArgumentException("number text and span disagree: " + span + " '" + text + "'");
        }
        if (kind.hasAmount()) {
            if (amount == null || amount.signum() < 0 || year != 0 || month != 0 || day != 0) {
                throw new IllegalArgumentException(kind + " needs a non-negative amount and no date fields");
            }
            amount = canonical(amount);
            if (kind == Kind.ORDINAL && (amount.scale() > 0 || amount.signum() == 0)) {
                throw new IllegalArgumentException("an ordinal is a whole number >= 1: " + amount);
            }
        } else {
            if (amount != null) {
                throw new IllegalArgumentException(kind + " has no amount");
            }
            checkCalendarFields(kind, year, month, day);
        }
    }

    private static void checkCalendarFields(Kind kind, int year, int month, int day) {
        boolean ok = year >= 0 && month >= 0 && month <= 12 && day >= 0 && day <= 31;
        ok &= switch (kind) {
            case YEAR -> year > 0 && month == 0 && day == 0;
            case MONTH -> month > 0 && day == 0;
            case DATE -> month > 0 && day > 0;
            case DAY -> year == 0 && month == 0 && day > 0;
            default -> false;
        };
        if (!ok) {
            throw new IllegalArgumentException("bad " + kind + " year=" + year + " month=" + month + " day=" + day);
        }
    }

    private static BigDecimal canonical(BigDecimal a) {
        BigDecimal s = a.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A quantity such as {@code 30,000} or {@code 3万}. */
    public static NumberExpression number(String in, Span span, BigDecimal amount) {
        return new NumberExpression(span, span.of(in), Kind.NUMBER, amount, 0, 0, 0);
    }

    public static NumberExpression percent(String in, Span span, BigDecimal amount) {
        return new NumberExpression(span, span.of(in), Kind.PERCENT, amount, 0, 0, 0);
    }

    public static NumberExpression ordinal(String in, Span span, long rank) {
        return new NumberExpression(span, span.of(in), Kind.ORDINAL, BigDecimal.valueOf(rank), 0, 0, 0);
    }

    public static NumberExpression year(String in, Span span, int year) {
        return new NumberExpression(span, span.of(in), Kind.YEAR, null, year, 0, 0);
    }

    /** A month; {@code year} 0 when not stated. */
    public static NumberExpression month(String in, Span span, int year, int month) {
        return new NumberExpression(span, span.of(in), Kind.MONTH, null, year, month, 0);
    }

    /** A date; {@code year} 0 when not stated. */
    public static NumberExpression date(String in, Span span, int year, int month, int day) {
        return new NumberExpression(span, span.of(in), Kind.DATE, null, year, month, day);
    }

    public static NumberExpression day(String in, Span span, int day) {
        return new NumberExpression(span, span.of(in), Kind.DAY, null, 0, 0, day);
    }

    /** Same kind and same canonical value (amount, or year/month/day); where it was written does not matter. */
    public boolean sameValue(NumberExpression o) {
        return kind == o.kind && Objects.equals(amount, o.amount) && year == o.year && month == o.month
                && day == o.day;
    }

    /**
     * The canonical value as a string, equal for two expressions exactly when {@link #sameValue} holds — a key for
     * hashing, e.g. to find numbers shared by a source and a target sentence: {@code NUMBER:30000},
     * {@code PERCENT:3.5}, {@code DATE:2025-07-07}, {@code DATE:-07-07} (no year), {@code DAY:8}.
     */
    public String valueKey() {
        if (kind.hasAmount()) {
            return kind + ":" + amount.toPlainString();
        }
        return switch (kind) {
            case YEAR -> "YEAR:" + year;
            case MONTH -> "MONTH:" + (year > 0 ? year : "") + "-" + String.format(Locale.ROOT, "%02d", month);
            case DATE -> "DATE:" + (year > 0 ? year : "") + String.format(Locale.ROOT, "-%02d-%02d", month, day);
            default -> "DAY:" + day;
        };
    }

    /** The whole-number value of an amount kind or of a year, or -1 when there is none (a decimal, a date). */
    public long wholeValue() {
        if (kind == Kind.YEAR) {
            return year;
        }
        if (amount == null || amount.scale() > 0) {
            return -1;
        }
        return amount.longValue();
    }

    /** True when the text contains an Arabic digit (half- or full-width) rather than only numeral words. */
    public boolean writtenInDigits() {
        return text.chars().anyMatch(Character::isDigit);
    }

    /**
     * The value as an English news text would write it: {@code 30,000}, {@code 1.2 billion}, {@code 3.5%},
     * {@code 27th}, {@code 2025}, {@code July 2025}, {@code August 1}, {@code July 7, 2025}, {@code 8th}.
     */
    public String toEnglish() {
        return switch (kind) {
            case NUMBER -> englishAmount(amount);
            case PERCENT -> amount.toPlainString() + "%";
            case ORDINAL -> englishOrdinal(amount.longValue());
            case YEAR -> Integer.toString(year);
            case MONTH -> MONTH_NAMES[month - 1] + (year > 0 ? " " + year : "");
            case DATE -> MONTH_NAMES[month - 1] + " " + day + (year > 0 ? ", " + year : "");
            case DAY -> englishOrdinal(day);
        };
    }

    /** The English name of a month 1–12. */
    public static String monthName(int month) {
        return MONTH_NAMES[month - 1];
    }

    private static String englishAmount(BigDecimal a) {
        String[] words = {"trillion", "billion", "million"};
        int[] powers = {12, 9, 6};
        for (int i = 0; i < words.length; i++) {
            BigDecimal unit = BigDecimal.TEN.pow(powers[i]);
            if (a.compareTo(unit) >= 0) {
                BigDecimal q = canonical(a.divide(unit));
                if (q.scale() <= 2) {
                    return q.toPlainString() + " " + words[i];
                }
            }
        }
        BigInteger whole = a.setScale(0, RoundingMode.DOWN).toBigInteger();
        String grouped = String.format(Locale.ROOT, "%,d", whole);
        String plain = a.toPlainString();
        int dot = plain.indexOf('.');
        return dot < 0 ? grouped : grouped + plain.substring(dot);
    }

    private static String englishOrdinal(long n) {
        long lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
