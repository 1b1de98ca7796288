package aligncheck.names;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a reading (pinyin syllables or katakana) into the {@link Phone}s an English spelling is compared with.
 *
 * <p>Pinyin is first brought near English spelling: x → sh, q → ch, zh and j → J, c → ts, -ng → n, ui → wei,
 * ao → au. The vowel of a syllable that Chinese transliteration uses for a bare consonant (特 te, 斯 si, 布 bu, 尔
 * er) is cheap to drop. In {@link ReadingStyle#KANA_FOREIGN} katakana the same holds for u after a consonant
 * (ス su, ク ku), o after t and d (ト to), i after sh, ch and j (ジ ji); ー and ッ add no sound. In
 * {@link ReadingStyle#KANA_NATIVE} only long vowels (ou, uu, oo, ei) are cheap to drop.
 */
final class Phones {
    private static final Transliterator KANA_LATIN = Transliterator.getInstance("Katakana-Latin; Latin-ASCII");
    private static final Map<String, String> IRREGULAR_KANA = Map.ofEntries(
            Map.entry("ヴァ", "va"), Map.entry("ヴィ", "vi"), Map.entry("ヴェ", "ve"), Map.entry("ヴォ", "vo"),
            Map.entry("ヴ", "vu"), Map.entry("ティ", "ti"), Map.entry("ディ", "di"), Map.entry("トゥ", "tu"),
            Map.entry("ドゥ", "du"), Map.entry("デュ", "dyu"), Map.entry("ファ", "fa"), Map.entry("フィ", "fi"),
            Map.entry("フェ", "fe"), Map.entry("フォ", "fo"), Map.entry("ウィ", "wi"), Map.entry("ウェ", "we"),
            Map.entry("ウォ", "wo"), Map.entry("シェ", "she"), Map.entry("ジェ", "je"), Map.entry("チェ", "che"),
            Map.entry("ツァ", "tsa"), Map.entry("イェ", "ye"), Map.entry("クァ", "kwa"), Map.entry("グァ", "gwa"),
            Map.entry("クォ", "kwo"), Map.entry("ヂ", "ji"), Map.entry("ヅ", "zu"));
    private static final String SMALL_KANA = "ァィゥェォャュョヮ";

    private Phones() {
    }

    /** The phones of one reading alternative of one part. */
    static List<Phone> of(String reading, ReadingStyle style) {
        return style == ReadingStyle.PINYIN ? pinyin(reading) : kana(reading, style);
    }

    // ---------------------------------------------------------------- pinyin

    static List<Phone> pinyin(String syllables) {
        List<Phone> out = new ArrayList<>();
        for (String syl : syllables.toLowerCase(Locale.ROOT).trim().split("[\\s'·-]+")) {
            if (!syl.isEmpty()) {
                pinyinSyllable(syl.replace("u:", "u").replace('v', 'u'), out);
            }
        }
        return out;
    }

    private static void pinyinSyllable(String syl, List<Phone> out) {
        if (syl.equals("er")) {
            out.add(new Phone('e', 0.05));
            out.add(new Phone('r', 0.3));
            return;
        }
        String initial = initialOf(syl);
        String fin = syl.substring(initial.length());
        String cons = switch (initial) {
            case "zh", "j" -> "J";
            case "ch", "q" -> "C";
            case "sh", "x" -> "S";
            case "c" -> "ts";
            default -> initial;
        };
        for (int i = 0; i < cons.length(); i++) {
            char c = cons.charAt(i);
            boolean affricateStop = cons.length() == 2 && i == 0 && c == 't';
            out.add(new Phone(c, c == 'h' ? 0.35 : c == 'y' || c == 'w' ? 0.25 : affricateStop ? 0.4 : 1.0));
        }
        boolean bareConsonant = !initial.isEmpty()
                && (fin.equals("e") && "tdkghlrnmszc".contains(initial.substring(0, 1)) && !initial.equals("ch")
                || fin.equals("i") && (initial.equals("s") || initial.equals("z") || initial.equals("c")
                        || initial.equals("sh") || initial.equals("zh") || initial.equals("ch") || initial.equals("r"))
                || fin.equals("u") && "bpfm".contains(initial));
        if (bareConsonant) {
            out.add(new Phone(fin.charAt(0), 0.1));
            return;
        }
        String f = switch (fin) {
            case "ui" -> "uei";
            case "iu" -> "iou";
            case "ao" -> "au";
            case "ong" -> "on";
            case "iong" -> "ion";
            case "eng" -> "en";
            case "ang" -> "an";
            case "ing" -> "in";
            case "iang" -> "ian";
            case "uang" -> "uan";
            case "ueng" -> "uen";
            default -> fin;
        };
        if ((initial.equals("j") || initial.equals("q") || initial.equals("x")) && f.startsWith("u")) {
            f = "i" + f.substring(1); // ju = jü
        }
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            boolean glide = i + 1 < f.length() && Phone.isVowel(f.charAt(i + 1)) && (c == 'i' || c == 'u');
            boolean second = i > 0 && Phone.isVowel(f.charAt(i - 1));
            double drop = c == 'n' ? 0.5 : glide ? 0.2 : second ? 0.3 : 0.5;
            out.add(new Phone(c, drop));
        }
    }

    private static String initialOf(String syl) {
        for (String two : new String[]{"zh", "ch", "sh"}) {
            if (syl.startsWith(two)) {
                return two;
            }
        }
        char c = syl.charAt(0);
        return "bpmfdtnlgkhjqxrzcsyw".indexOf(c) >= 0 ? String.valueOf(c) : "";
    }

    // ---------------------------------------------------------------- kana

    static List<Phone> kana(String katakana, ReadingStyle style) {
        List<String> morae = morae(katakana);
        List<Phone> out = new ArrayList<>();
        boolean foreign = style == ReadingStyle.KANA_FOREIGN;
        for (int k = 0; k < morae.size(); k++) {
            String m = morae.get(k);
            if (m.equals("ー")) {
                continue; // the long vowel adds no letter in English
            }
            if (m.equals("ッ")) {
                continue; // gemination: English doubles a consonant or not
            }
            if (m.equals("ン")) {
                out.add(new Phone('n', 0.5));
                continue;
            }
            String romaji = IRREGULAR_KANA.getOrDefault(m, null);
            if (romaji == null) {
                synchronized (KANA_LATIN) {
                    romaji = KANA_LATIN.transliterate(m);
                }
            }
            romaji = romaji.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (romaji.isEmpty()) {
                continue;
            }
            addMora(romaji, foreign, out);
        }
        return out;
    }

    private static void addMora(String romaji, boolean foreign, List<Phone> out) {
        String r = romaji.replace("tsu", "tsu").replace("shi", "Si").replace("chi", "Ci")
                .replace("sh", "S").replace("ch", "C").replace("j", "J");
        int v = r.length();
        while (v > 0 && Phone.isVowel(r.charAt(v - 1))) {
            v--;
        }
        String cons = r.substring(0, v);
        String vowels = r.substring(v);
        for (char c : cons.toCharArray()) {
            out.add(new Phone(c, c == 'y' || c == 'w' || c == 'h' ? 0.3 : 1.0));
        }
        for (int i = 0; i < vowels.length(); i++) {
            char c = vowels.charAt(i);
            double drop;
            if (cons.isEmpty()) {
                Phone prev = out.isEmpty() ? null : out.get(out.size() - 1);
                boolean longVowel = prev != null && prev.isVowel()
                        && (c == prev.symbol() || c == 'u' && prev.symbol() == 'o' || c == 'i' && prev.symbol() == 'e');
                drop = longVowel ? (foreign ? 0.05 : 0.1) : 0.5;
            } else if (foreign && (c == 'u' && !cons.endsWith("y")
                    || c == 'o' && (cons.equals("t") || cons.equals("d"))
                    || c == 'i' && (cons.equals("S") || cons.equals("C") || cons.equals("J")))) {
                drop = 0.1;
            } else {
                drop = 0.5;
            }
            out.add(new Phone(c, drop));
        }
    }

    /** Katakana cut into morae: a kana with its small kana, or ー, ッ, ン alone; other characters are dropped. */
    static List<String> morae(String katakana) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < katakana.length(); i++) {
            char c = katakana.charAt(i);
            if (c < 0x30A1 || c > 0x30FC || c == 0x30FB) {
                continue;
            }
            if (SMALL_KANA.indexOf(c) >= 0 && !out.isEmpty() && !out.get(out.size() - 1).equals("ー")) {
                out.set(out.size() - 1, out.get(out.size() - 1) + c);
            } else {
                out.add(String.valueOf(c));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- English

    private static final Transliterator FOLD = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    /** Lower-case ASCII letters of an English word: macrons and accents folded, other characters dropped. */
    static String letters(String word) {
        String folded;
        String nfkc = com.ibm.icu.text.Normalizer2.getNFKCInstance().normalize(word);
        synchronized (FOLD) {
            folded = FOLD.transliterate(nfkc);
        }
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /**
     * The sound symbols of an English spelling: digraphs to one symbol (sh S, ch C, th T, ph f, ck k), soft c to s,
     * j and soft-g-less dg to J, x to ks, doubled consonants once, ee/ea to i, oo to u, y before a consonant to i;
     * a final silent e after a consonant is dropped when {@code silentE}.
     */
    static String english(String word, boolean silentE) {
        String s = letters(word);
        if (s.startsWith("mc") && s.length() > 3) {
            s = "mak" + s.substring(2);
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            char n = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            String sym;
            int step = 1;
            if (s.startsWith("tch", i)) {
                sym = "C";
                step = 3;
            } else if (s.startsWith("sch", i)) {
                sym = "S";
                step = 3;
            } else if (c == 's' && n == 'h' || c == 'z' && n == 'h' && i == 0) {
                sym = c == 's' ? "S" : "J";
                step = 2;
            } else if (c == 'c' && n == 'h') {
                sym = "C";
                step = 2;
            } else if (c == 't' && n == 'h') {
                sym = "T";
                step = 2;
            } else if (c == 'p' && n == 'h') {
                sym = "f";
                step = 2;
            } else if (c == 'c' && n == 'k' || c == 'k' && n == 'h') {
                sym = "k";
                step = 2;
            } else if (c == 'w' && n == 'h') {
                sym = "w";
                step = 2;
            } else if (c == 'g' && n == 'h') {
                sym = i == 0 ? "g" : "";
                step = 2;
            } else if (c == 'd' && n == 'g') {
                sym = "J";
                step = 2;
            } else if (c == 'q' && n == 'u') {
                sym = "kw";
                step = 2;
            } else if (c == 'q') {
                sym = "k";
            } else if (c == 'x') {
                sym = i == 0 ? "z" : "ks";
            } else if (c == 'c') {
                sym = n == 'e' || n == 'i' || n == 'y' ? "s" : "k";
            } else if (c == 'j') {
                sym = "J";
            } else if (c == 'e' && (n == 'e' || n == 'a') || c == 'i' && n == 'e' && i + 2 < s.length()) {
                sym = "i";
                step = 2;
            } else if (c == 'o' && n == 'o') {
                sym = "u";
                step = 2;
            } else if (c == 'y') {
                sym = i + 1 < s.length() && Phone.isVowel(n) ? "y" : "i";
            } else {
                sym = String.valueOf(c);
            }
            for (char x : sym.toCharArray()) {
                int last = out.length() - 1;
                if (last >= 0 && out.charAt(last) == x && !Phone.isVowel(x)) {
                    continue; // doubled consonant
                }
                out.append(x);
            }
            i += step;
        }
        int len = out.length();
        if (silentE && len > 3 && out.charAt(len - 1) == 'e' && !Phone.isVowel(out.charAt(len - 2))) {
            out.setLength(len - 1);
        }
        return out.toString();
    }
}
