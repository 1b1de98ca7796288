package aligncheck.bench;

import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossarySet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A large glossary for benchmarks, grown from real entries: the real ones, then synthetic copies until the size is
 * reached. Copy {@code k} of an entry has the id {@code <id>-syn<k>}, the same type, every source form followed
 * by two Han characters spelling {@code k} (赫格塞思 → 赫格塞思甲乙), and every English form, accepted or wrong,
 * followed by a made-up word spelling {@code k} ("Hagel" → "Hagel Bazo"). So the copies share prefixes and first
 * words with the real forms, as a large real glossary would (the lookups' indexes are exercised), but never match
 * a real text: results on real texts are unchanged.
 */
public final class SyntheticGlossary {
    private static final String HAN = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";

    private SyntheticGlossary() {
    }

    /** The real entries plus synthetic ones, {@code size} in all (or just the real ones when size is smaller). */
    public static GlossarySet grow(GlossarySet real, int size) {
        List<GlossaryEntry> base = real.entries();
        List<GlossaryEntry> synthetic = new ArrayList<>();
        int need = size - base.size();
        for (int k = 0; synthetic.size() < need && !base.isEmpty(); k++) {
            for (GlossaryEntry e : base) {
                if (synthetic.size() >= need) {
                    break;
                }
                synthetic.add(copy(e, k));
            }
        }
        List<Glossary> all = new ArrayList<>(real.glossaries());
        all.add(new Glossary(null, "synthetic", "benchmark copies of the real entries", synthetic));
        return new GlossarySet(all);
    }

    static GlossaryEntry copy(GlossaryEntry e, int k) {
        String han = "" + HAN.charAt(k % HAN.length()) + HAN.charAt(k / HAN.length() % HAN.length());
        String word = word(k);
        UnaryOperator<String> src = f -> f + han;
        UnaryOperator<String> en = f -> f + " " + word;
        return new GlossaryEntry(e.id() + "-syn" + k, e.type(), map(e.zhHans(), src), map(e.zhHant(), src),
                map(e.ja(), src), en.apply(e.english()), map(e.variants(), en), map(e.wrong(), en),
                "synthetic copy " + k + " of " + e.id(), "");
    }

    /** A capitalized made-up word for k: two consonant-vowel syllables, then more when k is large. */
    static String word(int k) {
        StringBuilder b = new StringBuilder();
        int n = k;
        do {
            b.append(CONSONANTS.charAt(n % CONSONANTS.length()));
            n /= CONSONANTS.length();
            b.append(VOWELS.charAt(n % VOWELS.length()));
            n /= VOWELS.length();
        } while (n > 0 || b.length() < 4);
        return b.substring(0, 1).toUpperCase(Locale.ROOT) + b.substring(1) + "q";
    }

    private static List<String> map(List<String> forms, UnaryOperator<String> f) {
        return forms.stream().map(f).toList();
    }
}
