package aligncheck.text;

import java.util.Locale;

/** Levenshtein distance and a similarity in [0,1] derived from it, on letters only, case-insensitive. */
public final class EditDistance {
    private EditDistance() {
    }

    public static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** 1 − distance / longer length over the lower-cased letters of both; 0 when either has no letter. */
    public static double similarity(String a, String b) {
        String x = letters(a);
        String y = letters(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        return 1.0 - (double) levenshtein(x, y) / Math.max(x.length(), y.length());
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetter).forEach(b::appendCodePoint);
        return b.toString();
    }
}
