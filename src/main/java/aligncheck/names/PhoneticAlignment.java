package aligncheck.names;

import java.util.List;

/**
 * A weighted edit distance between the phones of a source reading and the sound symbols of an English spelling,
 * with a cost table for the correspondences transliteration makes: k ~ c/g, s ~ th ~ sh, t ~ d, b ~ p ~ v ~ w,
 * l ~ r, n ~ m, close vowels; dropped source phones cost their {@link Phone#dropCost()}; English letters with no
 * source sound cost little for h, a post-vocalic r (non-rhotic "Carter" 卡特) and y/w glides, more for vowels,
 * most for consonants.
 */
final class PhoneticAlignment {
    private PhoneticAlignment() {
    }

    /** The cheapest alignment cost of {@code source} to {@code english} (symbols from {@link Phones#english}). */
    static double cost(List<Phone> source, String english) {
        int n = source.size();
        int m = english.length();
        double[] prev = new double[m + 1];
        double[] cur = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + insertCost(english, j - 1);
        }
        for (int i = 1; i <= n; i++) {
            Phone p = source.get(i - 1);
            cur[0] = prev[0] + p.dropCost();
            for (int j = 1; j <= m; j++) {
                double sub = prev[j - 1] + substitution(p.symbol(), english.charAt(j - 1));
                double del = prev[j] + p.dropCost();
                double ins = cur[j - 1] + insertCost(english, j - 1);
                cur[j] = Math.min(sub, Math.min(del, ins));
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** Plausibility in [0,1]: one minus the cost per symbol (the mean of both lengths). */
    static double plausibility(List<Phone> source, String english) {
        if (source.isEmpty() || english.isEmpty()) {
            return 0;
        }
        double norm = (source.size() + english.length()) / 2.0;
        return Math.max(0, 1 - cost(source, english) / norm);
    }

    private static double insertCost(String english, int j) {
        char c = english.charAt(j);
        char before = j > 0 ? english.charAt(j - 1) : 0;
        char after = j + 1 < english.length() ? english.charAt(j + 1) : 0;
        if (c == 'h') {
            return 0.2;
        }
        if (c == 'r' && Phone.isVowel(before) && !Phone.isVowel(after)) {
            return 0.25;
        }
        if (c == 'y' || c == 'w') {
            return 0.3;
        }
        if (Phone.isVowel(c)) {
            return after == 0 && c == 'e' ? 0.2 : 0.45;
        }
        return 0.9;
    }

    private static final String[][] SIMILAR = {
            // pair, cost
            {"ae", "0.25"}, {"ei", "0.25"}, {"ou", "0.25"}, {"ao", "0.35"}, {"iu", "0.45"}, {"eo", "0.4"},
            {"iy", "0.1"}, {"uw", "0.2"}, {"ow", "0.3"}, {"ey", "0.3"},
            {"bp", "0.3"}, {"bv", "0.3"}, {"vw", "0.15"}, {"fv", "0.3"}, {"bw", "0.4"}, {"pf", "0.5"},
            {"fh", "0.5"}, {"dt", "0.3"}, {"Ts", "0.3"}, {"Tt", "0.35"}, {"Td", "0.4"}, {"Tf", "0.6"},
            {"gk", "0.3"}, {"kC", "0.5"}, {"gJ", "0.3"}, {"CJ", "0.3"}, {"Jz", "0.4"}, {"JS", "0.4"},
            {"Jy", "0.5"}, {"Ss", "0.2"}, {"CS", "0.4"}, {"Cs", "0.6"}, {"Ct", "0.6"}, {"sz", "0.2"},
            {"lr", "0.15"}, {"ln", "0.6"}, {"mn", "0.2"}, {"hk", "0.6"}, {"hg", "0.7"}, {"Jd", "0.6"},
            {"zt", "0.6"}, {"hS", "0.6"}, {"hs", "0.8"}, {"Jr", "0.6"}, {"Jj", "0"}, {"lw", "0.7"},
    };
    private static final double[][] TABLE = new double[128][128];

    static {
        for (int a = 0; a < 128; a++) {
            for (int b = 0; b < 128; b++) {
                boolean va = Phone.isVowel((char) a);
                boolean vb = Phone.isVowel((char) b);
                TABLE[a][b] = a == b ? 0 : va && vb ? 0.5 : va || vb ? 1.3 : 1.0;
            }
        }
        for (String[] s : SIMILAR) {
            char a = s[0].charAt(0);
            char b = s[0].charAt(1);
            double c = Double.parseDouble(s[1]);
            TABLE[a][b] = c;
            TABLE[b][a] = c;
        }
    }

    static double substitution(char source, char english) {
        return source < 128 && english < 128 ? TABLE[source][english] : 1.3;
    }
}
