package aligncheck.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the number expressions of an English text, in three passes whose spans never overlap:
 * <ol>
 *   <li>Dates and months, with capitalised month names: {@code July 7}, {@code July 7th, 2025},
 *       {@code 7 July 2025}, {@code 7th of July}, {@code Sept. 7}, {@code July 2025}, and a month alone
 *       ({@code in July}; {@code May} alone only after a preposition such as {@code in}, {@code since}).</li>
 *   <li>Figures: {@code 14}, {@code 30,000}, {@code 3.5}, {@code 1.2 billion}, {@code 5bn}, followed maybe by a
 *       percent sign or word ({@code %}, {@code percent}, {@code per cent}, {@code pct},
 *       {@code percentage point(s)}) → percent; with an ordinal suffix ({@code 27th}) → ordinal, or a day of the
 *       month when it reads {@code on the 8th} or {@code the 8th} with no noun after it ({@code the 8th,} but not
 *       {@code the 20th Party Congress}); a whole number 1800–2100
 *       written without separators and without a currency sign → year. Digits count also inside words
 *       ({@code G20}, {@code F-35}).</li>
 *   <li>Spelled-out numbers ({@link EnglishNumberWords}), maybe followed by a percent word.</li>
 * </ol>
 * Full-width digits and {@code ％ ． ，} are read like their ASCII forms.
 */
final class EnglishNumberReader {

    private static final String MONTH_NAMES =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final String MONTH = "(?<month>(?:" + MONTH_NAMES + ")\\b|(?:" + MONTH_ABBREVIATIONS
            + ")(?:\\.|\\b))";
    private static final String DAY = "(?<dayword>(?<day>\\d{1,2})(?:st|nd|rd|th)?)(?![\\d\\w])";
    private static final String YEAR = "(?:,?\\s+(?<year>\\d{4})(?![\\d.,]\\d))?";

    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + "\\s+" + DAY + YEAR);
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\w.,])" + DAY + "\\s+(?:of\\s+)?" + MONTH + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<month>(?:" + MONTH_NAMES + "))(?:\\s+|,\\s*)"
            + "(?<year>\\d{4})(?![\\d.,]\\d)");
    private static final Pattern MONTH_ALONE = Pattern.compile("(?<month>(?:" + MONTH_NAMES + "))\\b");
    private static final Pattern MAY_CONTEXT = Pattern.compile(
            "(?i)\\b(?:in|since|until|till|by|of|from|through|to|before|after|during|early|late|mid|last|next|this)"
                    + "[\\s-]+$");

    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d.,])(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:(?<ord>st|nd|rd|th)\\b"
                    + "|(?:\\s*(?<scale>thousand|million|billion|trillion|bn|mn|tn)\\b)?"
                    + "(?:(?:\\s*|-)(?<pct>%|percent\\b|per\\s+cent\\b|pct\\b|percentage\\s+points?\\b))?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT_AFTER_WORDS = Pattern.compile(
            "^(?:\\s*|-)(?:%|percent\\b|per\\s+cent\\b|percentage\\s+points?\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
    private static final Pattern ON_THE_BEFORE = Pattern.compile("(?i)\\b(?:on|since|until|till|by)\\s+the\\s+$");
    private static final Pattern DAY_FOLLOWER = Pattern.compile(
            "^(?:\\s*(?:[^\\w\\s]|$)|\\s+(?:and|or|to|through|until|till|when|at|in|on|as|with|after|before|of)\\b)");
    private static final BigDecimal MAX_ORDINAL = BigDecimal.valueOf(999_999_999_999L);
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern WORD_GAP = Pattern.compile("\\s+|\\s*-\\s*");

    List<NumberExpression> read(String original) {
        String text = NumberExtractor.narrowed(original);
        List<NumberExpression> out = new ArrayList<>();
        readDates(original, text, out);
        readFigures(original, text, out);
        readWords(original, text, out);
        out.sort(Comparator.comparing(NumberExpression::span));
        return out;
    }

    private static void readDates(String original, String text, List<NumberExpression> out) {
        for (Pattern p : List.of(MONTH_DAY, DAY_MONTH)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int day = Integer.parseInt(m.group("day"));
                if (day < 1 || day > 31 || overlaps(out, m.start(), m.end())) {
                    continue;
                }
                int year = plausibleYear(m.group("year"));
                int end = year > 0 || m.group("year") == null ? m.end() : dateEndWithoutYear(m);
                out.add(NumberExpression.date(original, new Span(m.start(), end), year, month(m.group("month")),
                        day));
            }
        }
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            int year = plausibleYear(m.group("year"));
            if (year > 0 && !overlaps(out, m.start(), m.end())) {
                out.add(NumberExpression.month(original, new Span(m.start(), m.end()), year, month(m.group("month"))));
            }
        }
        m = MONTH_ALONE.matcher(text);
        while (m.find()) {
            boolean may = m.group("month").equals("May");
            if (!overlaps(out, m.start(), m.end())
                    && (!may || MAY_CONTEXT.matcher(text.substring(0, m.start())).find())) {
                out.add(NumberExpression.month(original, new Span(m.start(), m.end()), 0, month(m.group("month"))));
            }
        }
    }

    /** The end of a date match whose trailing number turned out not to be a year ("July 7, 1500 troops"). */
    private static int dateEndWithoutYear(Matcher m) {
        return Math.max(m.end("dayword"), m.end("month"));
    }

    private static void readFigures(String original, String text, List<NumberExpression> out) {
        Matcher m = FIGURE.matcher(text);
        List<NumberExpression> found = new ArrayList<>();
        while (m.find()) {
            if (overlaps(out, m.start(), m.end())) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group("num").replace(",", ""));
            Span span = new Span(m.start(), m.end());
            if (m.group("ord") != null) {
                found.add(ordinalOrDay(original, text, span, value));
                continue;
            }
            if (m.group("scale") != null) {
                value = value.multiply(scale(m.group("scale")));
            }
            if (m.group("pct") != null) {
                found.add(NumberExpression.percent(original, span, value));
            } else if (m.group("scale") == null && isYear(text, m.group("num"), m.start())) {
                found.add(NumberExpression.year(original, span, value.intValue()));
            } else {
                found.add(NumberExpression.number(original, span, value));
            }
        }
        out.addAll(found);
    }

    private static NumberExpression ordinalOrDay(String original, String text, Span span, BigDecimal value) {
        String before = text.substring(0, span.start());
        boolean onThe = ON_THE_BEFORE.matcher(before).find();
        boolean the = THE_BEFORE.matcher(before).find();
        boolean noNoun = DAY_FOLLOWER.matcher(text.substring(span.end())).find();
        boolean whole = value.scale() == 0 && value.signum() > 0 && value.compareTo(MAX_ORDINAL) <= 0;
        if (whole && value.intValue() <= 31 && (onThe || the && noNoun)) {
            return NumberExpression.day(original, span, value.intValue());
        }
        return whole ? NumberExpression.ordinal(original, span, value.longValue())
                : NumberExpression.number(original, span, value);
    }

    /** 2025 in "in 2025": four digits, 1800–2100, no separators, no currency sign right before. */
    private static boolean isYear(String text, String digits, int start) {
        if (!digits.matches("\\d{4}")) {
            return false;
        }
        int y = Integer.parseInt(digits);
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        return y >= 1800 && y <= 2100 && "$€£¥".indexOf(before) < 0;
    }

    private static void readWords(String original, String text, List<NumberExpression> out) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        List<NumberExpression> found = new ArrayList<>();
        int k = 0;
        while (k < tokens.size()) {
            int taken = readWordNumber(original, text, tokens, k, out, found);
            k += Math.max(taken, 1);
        }
        out.addAll(found);
    }

    /** Reads the longest spelled-out number starting at token {@code k}; returns how many tokens it used (0: none). */
    private static int readWordNumber(String original, String text, List<int[]> tokens, int k,
                                      List<NumberExpression> claimed, List<NumberExpression> found) {
        List<String> words = new ArrayList<>();
        for (int j = k; j < tokens.size(); j++) {
            int[] t = tokens.get(j);
            String w = text.substring(t[0], t[1]);
            boolean connected = j == k || WORD_GAP.matcher(text.substring(tokens.get(j - 1)[1], t[0])).matches();
            boolean wordOk = EnglishNumberWords.isNumberWord(w) || w.equalsIgnoreCase("and")
                    || j == k && (w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an"));
            if (!connected || !wordOk || overlaps(claimed, t[0], t[1])) {
                break;
            }
            words.add(w);
        }
        for (int len = words.size(); len > 0; len--) {
            EnglishNumberWords.Reading r = EnglishNumberWords.read(words.subList(0, len));
            if (r == null) {
                continue;
            }
            int start = tokens.get(k)[0];
            int end = tokens.get(k + len - 1)[1];
            Matcher pct = PERCENT_AFTER_WORDS.matcher(text.substring(end));
            if (!r.ordinal() && pct.find()) {
                end += pct.end();
                found.add(NumberExpression.percent(original, new Span(start, end), BigDecimal.valueOf(r.value())));
            } else if (r.ordinal()) {
                found.add(NumberExpression.ordinal(original, new Span(start, end), r.value()));
            } else {
                found.add(NumberExpression.number(original, new Span(start, end), BigDecimal.valueOf(r.value())));
            }
            return len;
        }
        return 0;
    }

    private static BigDecimal scale(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "thousand" -> BigDecimal.valueOf(1_000L);
            case "million", "mn" -> BigDecimal.valueOf(1_000_000L);
            case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000L);
            case "trillion", "tn" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> throw new IllegalArgumentException(word);
        };
    }

    private static int month(String name) {
        String key = name.replace(".", "").substring(0, 3);
        int i = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
                .indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("not a month: " + name);
        }
        return i + 1;
    }

    /** The year as a number when it is given and plausible in news (1800–2100), else 0. */
    private static int plausibleYear(String digits) {
        if (digits == null) {
            return 0;
        }
        int y = Integer.parseInt(digits);
        return y >= 1800 && y <= 2100 ? y : 0;
    }

    private static boolean overlaps(List<NumberExpression> taken, int start, int end) {
        Span s = new Span(start, end);
        return taken.stream().anyMatch(e -> e.span().overlaps(s));
    }
}
