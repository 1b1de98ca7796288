package aligncheck.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers an English sentence states: digits ({@code 1,000}, {@code 3.5}, {@code 8th}), number words
 * ({@code eighteen}, {@code twenty-three}, {@code one hundred and five}, {@code eighth}), scale words after digits
 * ({@code 3.5 million}) and month names as their month number ({@code July} = 7), so that a date such as
 * {@code July 7} yields the same values as {@code 7月7日}.
 */
final class EnglishNumbers {
    private EnglishNumbers() {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:st|nd|rd|th)?|[A-Za-z]+");

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30));

    private static final Map<String, Long> SCALE = Map.of(
            "hundred", 100L, "thousand", 1000L, "million", 1_000_000L, "billion", 1_000_000_000L,
            "trillion", 1_000_000_000_000L);

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    /** The numbers of a sentence, as canonical strings ({@code "18"}, {@code "3.5"}), in text order. */
    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        List<String> tokens = new ArrayList<>();
        List<Boolean> capitalised = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group().toLowerCase(Locale.ROOT));
            capitalised.add(Character.isUpperCase(m.group().charAt(0)));
        }
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (Character.isDigit(t.charAt(0))) {
                String digits = t.replaceAll("(st|nd|rd|th)$", "").replace(",", "");
                double v = Double.parseDouble(digits);
                if (i + 1 < tokens.size() && SCALE.containsKey(tokens.get(i + 1))) {
                    v *= SCALE.get(tokens.get(i + 1));
                    i++;
                }
                out.add(canonical(v));
                i++;
                continue;
            }
            int month = MONTHS.indexOf(t);
            // "may" and "march" are months only when capitalised
            if (month >= 0 && (capitalised.get(i) || (month != 4 && month != 2))) {
                out.add(Integer.toString(month + 1));
                i++;
                continue;
            }
            if (SMALL.containsKey(t) || (SCALE.containsKey(t) && t.equals("hundred"))) {
                long total = 0;
                long current = 0;
                boolean any = false;
                while (i < tokens.size()) {
                    String w = tokens.get(i);
                    if (SMALL.containsKey(w)) {
                        current += SMALL.get(w);
                    } else if (SCALE.containsKey(w)) {
                        long s = SCALE.get(w);
                        if (current == 0) {
                            current = 1;
                        }
                        if (s == 100) {
                            current *= 100;
                        } else {
                            total += current * s;
                            current = 0;
                        }
                    } else if (!(w.equals("and") && any && i + 1 < tokens.size()
                            && SMALL.containsKey(tokens.get(i + 1)))) {
                        break;
                    }
                    any = true;
                    i++;
                }
                out.add(Long.toString(total + current));
                continue;
            }
            i++;
        }
        return out;
    }

    static String canonical(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
