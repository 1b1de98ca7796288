package aligncheck.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads spelled-out English numbers: cardinals ({@code seven}, {@code twenty-seven}, {@code two hundred and fifty},
 * {@code a million}, {@code three thousand four hundred}) and ordinals ({@code first}, {@code twenty-seventh},
 * {@code hundredth}). Values up to the trillions.
 *
 * <p>Grammar: a sequence of number words, optionally starting with {@code a} before {@code hundred} or a scale word,
 * with {@code and} allowed only after {@code hundred} or a scale word; scale words (thousand, million, billion,
 * trillion) must decrease; only the last word may be an ordinal. Plurals ({@code hundreds}, {@code millions}) are
 * not number words: they are vague.
 */
final class EnglishNumberWords {

    private enum WordClass { ZERO, UNIT, TEEN, TENS, HUNDRED, SCALE }

    private record Word(long value, WordClass cls, boolean ordinal) {
    }

    /** A spelled-out number read from words. */
    record Reading(long value, boolean ordinal) {
    }

    private static final Map<String, Word> WORDS = new HashMap<>();

    static {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        String[] unitOrdinals = {null, "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth"};
        for (int i = 0; i < units.length; i++) {
            WordClass cls = i == 0 ? WordClass.ZERO : WordClass.UNIT;
            WORDS.put(units[i], new Word(i, cls, false));
            if (unitOrdinals[i] != null) {
                WORDS.put(unitOrdinals[i], new Word(i, cls, true));
            }
        }
        String[] teens = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"};
        String[] teenOrdinals = {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
        for (int i = 0; i < teens.length; i++) {
            WORDS.put(teens[i], new Word(10 + i, WordClass.TEEN, false));
            WORDS.put(teenOrdinals[i], new Word(10 + i, WordClass.TEEN, true));
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            WORDS.put(tens[i], new Word(20 + 10L * i, WordClass.TENS, false));
            WORDS.put(tens[i].substring(0, tens[i].length() - 1) + "ieth", new Word(20 + 10L * i, WordClass.TENS,
                    true));
        }
        WORDS.put("hundred", new Word(100, WordClass.HUNDRED, false));
        WORDS.put("hundredth", new Word(100, WordClass.HUNDRED, true));
        String[] scales = {"thousand", "million", "billion", "trillion"};
        long scale = 1000;
        for (String s : scales) {
            WORDS.put(s, new Word(scale, WordClass.SCALE, false));
            WORDS.put(s + "th", new Word(scale, WordClass.SCALE, true));
            scale *= 1000;
        }
    }

    private EnglishNumberWords() {
    }

    /** True for a number word (any case); {@code a} and {@code and} are not number words by themselves. */
    static boolean isNumberWord(String word) {
        return WORDS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** True for {@code hundred} and the scale words, which {@code a} may precede. */
    static boolean isMultiplier(String word) {
        Word w = WORDS.get(word.toLowerCase(Locale.ROOT));
        return w != null && !w.ordinal() && (w.cls() == WordClass.HUNDRED || w.cls() == WordClass.SCALE);
    }

    /** The number the words spell, or null when they do not follow the grammar above. */
    static Reading read(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        long total = 0;
        long current = 0;
        long lastScale = Long.MAX_VALUE;
        WordClass previous = null;
        boolean afterAnd = false;
        for (int k = 0; k < words.size(); k++) {
            String lower = words.get(k).toLowerCase(Locale.ROOT);
            boolean last = k == words.size() - 1;
            if (lower.equals("a") || lower.equals("an")) {
                if (k != 0 || last || !isMultiplier(words.get(k + 1))) {
                    return null;
                }
                current = 1;
                previous = WordClass.UNIT;
                continue;
            }
            if (lower.equals("and")) {
                if (last || afterAnd || previous != WordClass.HUNDRED && previous != WordClass.SCALE) {
                    return null;
                }
                afterAnd = true;
                continue;
            }
            Word w = WORDS.get(lower);
            if (w == null || w.ordinal() && !last) {
                return null;
            }
            boolean startOfGroup = previous == null || previous == WordClass.HUNDRED || previous == WordClass.SCALE;
            switch (w.cls()) {
                case ZERO -> {
                    if (words.size() != 1) {
                        return null;
                    }
                }
                case UNIT -> {
                    if (!startOfGroup && previous != WordClass.TENS) {
                        return null;
                    }
                    current += w.value();
                }
                case TEEN, TENS -> {
                    if (!startOfGroup || current % 100 != 0) {
                        return null;
                    }
                    current += w.value();
                }
                case HUNDRED -> {
                    if (previous != WordClass.UNIT && previous != WordClass.TEEN || current >= 100) {
                        return null;
                    }
                    current *= 100;
                }
                case SCALE -> {
                    if (current == 0 || w.value() >= lastScale) {
                        return null;
                    }
                    total += current * w.value();
                    current = 0;
                    lastScale = w.value();
                }
                default -> throw new IllegalStateException();
            }
            previous = w.cls();
            afterAnd = false;
            if (last) {
                return new Reading(total + current, w.ordinal());
            }
        }
        return null;
    }
}
