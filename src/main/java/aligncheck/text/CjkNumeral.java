package aligncheck.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A maximal run of numeral characters in Chinese or Japanese text, read as one number.
 *
 * <p>A run may hold Arabic digits (half- or full-width, with thousands separators {@code 1,000} / {@code 1，000}
 * and a decimal point {@code .} / {@code ．}), Chinese numerals with place values ({@code 二十七}, {@code 两千零五},
 * {@code 二百十}), positional numerals ({@code 二〇一三}), scale characters ({@code 万 亿 億}, and {@code 兆} in
 * Japanese) and mixtures of these ({@code 3万5千}, {@code 1.2亿}, {@code 十四亿}, {@code 一万亿}). A Chinese
 * {@code 点} between numerals is a decimal point ({@code 三点五}); a {@code 多} or {@code 余} right before a scale
 * character is skipped ({@code 三十多万} reads 300,000).
 *
 * <p>Invariants: {@code start < end}. A run starts only at an Arabic digit, a numeral digit ({@code 〇零一二两三…九})
 * or {@code 十}: never at {@code 百 千 万 亿}, which in running text start idioms ({@code 百姓}, {@code 千万},
 * {@code 万一}). {@code value} is null when the run is not one number — an approximation such as {@code 三四十} or
 * {@code 五六}, or a sequence like {@code 十四五} — and the caller should skip the whole run.
 *
 * @param arabic true when the run contains an Arabic digit
 * @param scaled true when it contains a scale character 万/亿/億/兆 (so {@code 2000万} is not a year)
 */
record CjkNumeral(int start, int end, BigDecimal value, boolean arabic, boolean scaled) {

    private static final String DIGITS = "〇零一二三四五六七八九";

    /** True for a character a run may start with. */
    static boolean startsRun(char c) {
        return isArabicDigit(c) || digitValue(c) >= 0 || c == '十' || c == '拾';
    }

    static boolean isArabicDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** The value of a numeral digit character (〇零一…九, 两/兩 = 2), or -1. */
    static int digitValue(char c) {
        int i = DIGITS.indexOf(c);
        if (i >= 0) {
            return Math.max(0, i - 1);
        }
        return c == '两' || c == '兩' ? 2 : -1;
    }

    private static long smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }

    private static long bigUnit(char c, Language lang) {
        return switch (c) {
            case '万', '萬' -> 10_000L;
            case '亿', '億' -> 100_000_000L;
            case '兆' -> lang == Language.JA ? 1_000_000_000_000L : 0;
            default -> 0;
        };
    }

    boolean readable() {
        return value != null;
    }

    int length() {
        return end - start;
    }

    /** True when the value is a whole number in [lo, hi]. */
    boolean wholeIn(long lo, long hi) {
        return value != null && value.stripTrailingZeros().scale() <= 0 && value.compareTo(BigDecimal.valueOf(lo)) >= 0
                && value.compareTo(BigDecimal.valueOf(hi)) <= 0;
    }

    int intValue() {
        return value.intValue();
    }

    /** Reads the run starting at {@code start}, or returns null when no run starts there. */
    static CjkNumeral read(String text, int start, Language lang) {
        if (start >= text.length() || !startsRun(text.charAt(start))) {
            return null;
        }
        List<Token> tokens = new ArrayList<>();
        int i = start;
        boolean arabic = false;
        boolean scaled = false;
        boolean liang = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            TokenType last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1).type();
            if (isArabicDigit(c)) {
                if (last == TokenType.DIGIT) {
                    break;
                }
                int end = arabicEnd(text, i);
                tokens.add(new Token(TokenType.FIGURE, arabicValue(text, i, end)));
                arabic = true;
                i = end;
            } else if (digitValue(c) >= 0) {
                if (last == TokenType.FIGURE) {
                    break;
                }
                tokens.add(new Token(TokenType.DIGIT, BigDecimal.valueOf(digitValue(c))));
                liang |= c == '两' || c == '兩';
                i++;
            } else if (smallUnit(c) > 0) {
                tokens.add(new Token(TokenType.SMALL_UNIT, BigDecimal.valueOf(smallUnit(c))));
                i++;
            } else if (bigUnit(c, lang) > 0 && !tokens.isEmpty()) {
                tokens.add(new Token(TokenType.BIG_UNIT, BigDecimal.valueOf(bigUnit(c, lang))));
                scaled = true;
                i++;
            } else if ((c == '多' || c == '余' || c == '餘') && !tokens.isEmpty() && i + 1 < text.length()
                    && bigUnit(text.charAt(i + 1), lang) > 0) {
                i++;
            } else if ((c == '点' || c == '點') && lang == Language.ZH && !tokens.isEmpty()
                    && i + 1 < text.length() && digitValue(text.charAt(i + 1)) >= 0) {
                int j = i + 1;
                StringBuilder fraction = new StringBuilder("0.");
                while (j < text.length() && digitValue(text.charAt(j)) >= 0) {
                    fraction.append(digitValue(text.charAt(j)));
                    j++;
                }
                tokens.add(new Token(TokenType.FRACTION, new BigDecimal(fraction.toString())));
                i = j;
            } else {
                break;
            }
        }
        boolean digitsOnly = tokens.size() >= 2 && tokens.stream().allMatch(t -> t.type() == TokenType.DIGIT);
        BigDecimal value = digitsOnly ? positional(tokens, liang) : evaluate(tokens);
        return new CjkNumeral(start, i, value, arabic, scaled);
    }

    /** End of the Arabic number at {@code i}: digits, then 3-digit groups after , or ，, then a decimal part. */
    private static int arabicEnd(String text, int i) {
        int j = i;
        while (j < text.length() && isArabicDigit(text.charAt(j))) {
            j++;
        }
        if (j - i <= 3) {
            while (j < text.length() && isSeparator(text.charAt(j)) && allDigits(text, j + 1, j + 4)
                    && (j + 4 >= text.length() || !isArabicDigit(text.charAt(j + 4)))) {
                j += 4;
            }
        }
        if (j + 1 < text.length() && (text.charAt(j) == '.' || text.charAt(j) == '．')
                && isArabicDigit(text.charAt(j + 1))) {
            j++;
            while (j < text.length() && isArabicDigit(text.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '，';
    }

    private static boolean allDigits(String text, int from, int to) {
        if (to > text.length()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!isArabicDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The value of an Arabic number as returned by {@link #arabicEnd}; separators dropped. */
    static BigDecimal arabicValue(String text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (isArabicDigit(c)) {
                b.append((char) ('0' + Character.digit(c, 10)));
            } else if (c == '.' || c == '．') {
                b.append('.');
            }
        }
        return new BigDecimal(b.toString());
    }

    private enum TokenType { FIGURE, DIGIT, SMALL_UNIT, BIG_UNIT, FRACTION }

    private record Token(TokenType type, BigDecimal value) {
    }

    /** The value of the tokens, or null when they are not one well-formed number. */
    private static BigDecimal evaluate(List<Token> tokens) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal pending = null;
        long lastSmall = Long.MAX_VALUE;
        BigDecimal lastBig = null;
        Token previous = null;
        for (Token t : tokens) {
            switch (t.type()) {
                case FIGURE, DIGIT -> {
                    if (pending != null && pending.signum() != 0) {
                        return null;
                    }
                    pending = t.value();
                }
                case FRACTION -> {
                    if (pending != null) {
                        pending = pending.add(t.value());
                    } else if (previous.type() == TokenType.SMALL_UNIT) {
                        section = section.add(t.value());
                    } else {
                        return null;
                    }
                }
                case SMALL_UNIT -> {
                    long u = t.value().longValue();
                    if (u >= lastSmall) {
                        return null;
                    }
                    section = section.add((pending == null ? BigDecimal.ONE : pending).multiply(t.value()));
                    pending = null;
                    lastSmall = u;
                }
                case BIG_UNIT -> {
                    BigDecimal part = pending == null ? section : section.add(pending);
                    if (lastBig == null || t.value().compareTo(lastBig) > 0) {
                        total = total.add(part).multiply(t.value());
                    } else {
                        total = total.add(part.multiply(t.value()));
                    }
                    section = BigDecimal.ZERO;
                    pending = null;
                    lastSmall = Long.MAX_VALUE;
                    lastBig = t.value();
                }
                default -> throw new IllegalStateException();
            }
            previous = t;
        }
        if (pending != null) {
            section = section.add(pending.multiply(abbreviatedUnit(tokens)));
        }
        return total.add(section);
    }

    /**
     * The implied unit of a trailing digit right after a unit of 100 or more, as in colloquial {@code 两千五}
     * (2,500) and {@code 一万五} (15,000); 1 otherwise ({@code 二十五}, {@code 三百零五}).
     */
    private static BigDecimal abbreviatedUnit(List<Token> tokens) {
        int n = tokens.size();
        if (n >= 2 && tokens.get(n - 1).type() == TokenType.DIGIT) {
            Token before = tokens.get(n - 2);
            boolean unit = before.type() == TokenType.SMALL_UNIT || before.type() == TokenType.BIG_UNIT;
            if (unit && before.value().compareTo(BigDecimal.valueOf(100)) >= 0) {
                return before.value().divide(BigDecimal.TEN);
            }
        }
        return BigDecimal.ONE;
    }

    /**
     * {@code 二〇一三} = 2013: digits read one by one. Two digits without a zero ({@code 五六}, {@code 一二}) are
     * an approximation ("five or six"), and a run with {@code 两} ({@code 三三两两}) is a word, not a number.
     */
    private static BigDecimal positional(List<Token> tokens, boolean liang) {
        boolean zero = tokens.stream().anyMatch(t -> t.value().signum() == 0);
        if (liang || tokens.size() == 2 && !zero) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        tokens.forEach(t -> b.append(t.value().toPlainString()));
        return new BigDecimal(b.toString());
    }
}
