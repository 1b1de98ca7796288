package aligncheck.align;

import com.ibm.icu.text.Transliterator;
import aligncheck.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Name anchors by transliteration: a run of 1–3 Han chars whose toneless pinyin, written together, equals a
 * name of the English side ({@code 陈清扬} → {@code Chen}, {@code Qingyang}; {@code 北京} → {@code Beijing};
 * {@code 宝玉} → {@code Bao-yu}, hyphens ignored).
 *
 * <p>English names are the document's tokens that appear capitalised somewhere other than at a sentence start and
 * never in lower case (so "He" at a sentence start is no name, "Beijing" is). Both sides then get the key
 * {@code py:<name>} per occurrence. For Chinese sources only: Japanese readings are not pinyin. An instance serves
 * one document and one thread.
 */
final class PinyinNames {
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:-[A-Za-z]+)*");
    private static final int MAX_CHARS = 3;

    /** ICU's Han to pinyin transliterator: building it reads its tables (about 0.8 s), so it is loaded once. */
    static final Lazy<Transliterator> HAN_LATIN = new Lazy<>("pinyin",
            () -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));

    private final Set<String> names;
    /** Every proper prefix of a name: a run of syllables that is none is given up. */
    private final Set<String> prefixes = new HashSet<>();
    private final Map<Character, String> pinyin = new HashMap<>();

    /** Collects the English names of a target side. */
    PinyinNames(List<Sentence> target) {
        Set<String> capitalised = new HashSet<>();
        Set<String> lower = new HashSet<>();
        for (Sentence s : target) {
            Matcher m = WORD.matcher(s.text());
            boolean first = true;
            while (m.find()) {
                String w = m.group();
                if (Character.isLowerCase(w.charAt(0))) {
                    lower.add(normal(w));
                } else if (!first && w.length() >= 2) {
                    capitalised.add(normal(w));
                }
                first = false;
            }
        }
        capitalised.removeAll(lower);
        names = capitalised;
        for (String name : names) {
            for (int k = 1; k < name.length(); k++) {
                prefixes.add(name.substring(0, k));
            }
        }
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** The {@code py:} keys of a source sentence. */
    List<String> sourceKeys(String text) {
        List<String> keys = new ArrayList<>();
        if (names.isEmpty()) {
            return keys;
        }
        for (int p = 0; p < text.length(); p++) {
            StringBuilder b = new StringBuilder();
            for (int len = 1; len <= MAX_CHARS && p + len <= text.length(); len++) {
                char c = text.charAt(p + len - 1);
                if (!Character.isIdeographic(c)) {
                    break;
                }
                b.append(syllable(c));
                String run = b.toString();
                if (names.contains(run)) {
                    keys.add("py:" + run);
                }
                if (!prefixes.contains(run)) {
                    break;
                }
            }
        }
        return keys;
    }

    /** The {@code py:} keys of a target sentence: its names. */
    List<String> targetKeys(String text) {
        List<String> keys = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = normal(m.group());
            if (names.contains(w)) {
                keys.add("py:" + w);
            }
        }
        return keys;
    }

    /** Lower case without hyphens: "Bao-yu" and "Baoyu" are one name. */
    private static String normal(String word) {
        return word.replace("-", "").toLowerCase(Locale.ROOT);
    }

    private String syllable(char c) {
        return pinyin.computeIfAbsent(c, PinyinNames::transliterate);
    }

    /** The shared transliterator is used under its lock: ICU does not promise thread safety for it. */
    private static String transliterate(char c) {
        Transliterator t = HAN_LATIN.get();
        synchronized (t) {
            return t.transliterate(String.valueOf(c)).replaceAll("[^a-z]", "");
        }
    }
}
