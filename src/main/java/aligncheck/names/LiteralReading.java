package aligncheck.names;

import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/**
 * Renderings that spell out the source script instead of giving the name: the pinyin of a Chinese transliteration
 * ("Telangpu" for 特朗普) and the romaji of a katakana name ("Bessento" for ベッセント). A short name whose pinyin
 * or romaji happens to be its English (卢拉 Lula, ルビオ Rubio) is not one: the pinyin must show a syllable that
 * transliteration uses for a bare consonant (te, ke, si, er …) or a Chinese-only vowel cluster, the romaji must be
 * at least seven letters and end in a vowel katakana adds after t, d, s, k, z or r.
 */
final class LiteralReading {
    private static final Pattern BARE = Pattern.compile(
            "^(?:[tdkghlrnmszc]e|[sz]i|[cz]hi|shi|ri|[bpfm]u|er)$");
    private static final Pattern CHINESE_CLUSTER = Pattern.compile("ao|uo|iu|ui|eng|ong|ei|ie");
    private static final Transliterator KANA_LATIN = Transliterator.getInstance("Katakana-Latin; Latin-ASCII");

    private LiteralReading() {
    }

    static boolean isPinyinOfTransliteration(SourceName name, String english) {
        String pinyin = Romanizer.pinyin(String.join("", name.parts()));
        if (!Phones.letters(pinyin).equals(Phones.letters(english))) {
            return false;
        }
        for (String syllable : pinyin.split(" ")) {
            if (BARE.matcher(syllable).matches()) {
                return true;
            }
        }
        return CHINESE_CLUSTER.matcher(pinyin.replace(" ", "")).find();
    }

    static boolean isRomajiOfKatakana(SourceName name, String english) {
        String romaji;
        synchronized (KANA_LATIN) {
            romaji = KANA_LATIN.transliterate(String.join("", name.parts()));
        }
        String r = Phones.letters(romaji);
        return r.length() >= 7 && r.equals(Phones.letters(english)) && r.matches(".*(?:[tdskzr]u|[td]o)$");
    }
}
