package aligncheck.names;

import com.ibm.icu.text.Transliterator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The toneless pinyin syllables, derived once from ICU4J's {@code Han-Latin} reading of the CJK Unified
 * Ideographs block; used to tell an English spelling written in pinyin ("Wang Yi", "Lin Jian") from one that is
 * not (Wade–Giles "Lai Ching-te", a Japanese reading "Shigeru Ishiba").
 */
public final class PinyinSyllables {
    private PinyinSyllables() {
    }

    private static final class Holder {
        static final Set<String> SYLLABLES = build();
    }

    private static Set<String> build() {
        Transliterator t = Transliterator.getInstance("Han-Latin; Latin-ASCII");
        StringBuilder all = new StringBuilder();
        for (int cp = 0x4E00; cp <= 0x9FFF; cp++) {
            all.appendCodePoint(cp).append(' ');
        }
        Set<String> out = new HashSet<>();
        for (String s : t.transliterate(all.toString()).split("\\s+")) {
            if (s.matches("[a-z]+") && !s.matches("ng|n|m|hm|hng|ou|ei|o|e|a")) {
                out.add(s);
            }
        }
        return Set.copyOf(out);
    }

    public static boolean isSyllable(String s) {
        return Holder.SYLLABLES.contains(s.toLowerCase(Locale.ROOT));
    }

    /**
     * Every word of {@code english} splits into pinyin syllables (apostrophes and hyphens allowed between), and the
     * fewest syllables it splits into are {@code syllables} ("Eileen Gu" is no pinyin for a three-character name).
     */
    public static boolean isPinyinLike(String english, int syllables) {
        int total = 0;
        for (String w : english.trim().split("[\\s]+")) {
            String letters = w.toLowerCase(Locale.ROOT).replaceAll("('s|’s)$", "").replaceAll("['’-]", "");
            int n = fewest(letters);
            if (n < 0) {
                return false;
            }
            total += n;
        }
        return total == syllables;
    }

    private static int fewest(String s) {
        if (s.isEmpty() || !s.matches("[a-z]+")) {
            return -1;
        }
        int[] best = new int[s.length() + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < s.length(); i++) {
            if (best[i] == Integer.MAX_VALUE) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(s.length(), i + 6); j++) {
                if (isSyllable(s.substring(i, j))) {
                    best[j] = Math.min(best[j], best[i] + 1);
                }
            }
        }
        return best[s.length()] == Integer.MAX_VALUE ? -1 : best[s.length()];
    }

    /** Every word of {@code english} splits into pinyin syllables (apostrophes and hyphens allowed between). */
    public static boolean isPinyinLike(String english) {
        String[] words = english.trim().split("[\\s]+");
        for (String w : words) {
            String letters = w.toLowerCase(Locale.ROOT).replaceAll("('s|’s)$", "").replaceAll("['’-]", "");
            if (letters.isEmpty() || !letters.matches("[a-z]+") || !splits(letters)) {
                return false;
            }
        }
        return true;
    }

    private static boolean splits(String s) {
        boolean[] ok = new boolean[s.length() + 1];
        ok[0] = true;
        for (int i = 0; i < s.length(); i++) {
            if (!ok[i]) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(s.length(), i + 6); j++) {
                if (isSyllable(s.substring(i, j))) {
                    ok[j] = true;
                }
            }
        }
        return ok[s.length()];
    }
}
