package aligncheck.io;

import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;

/**
 * The characters common in running text of a language: the CLDR exemplar characters shipped with ICU (standard
 * set, about 2,200 Han characters per language plus kana for Japanese, and the punctuation set), full-width ASCII
 * forms and the ideographic space.
 *
 * <p>Half-width katakana are deliberately left out: they are rare in modern text, and they are what Shift_JIS
 * makes of bytes from other encodings, so counting them as common would reward wrong guesses.
 */
enum CommonCharacters {
    SIMPLIFIED_CHINESE("zh"),
    TRADITIONAL_CHINESE("zh_Hant"),
    JAPANESE("ja"),
    ANY("zh", "zh_Hant", "ja");

    private final UnicodeSet set;

    CommonCharacters(String... locales) {
        UnicodeSet s = new UnicodeSet();
        for (String locale : locales) {
            ULocale l = new ULocale(locale);
            s.addAll(LocaleData.getExemplarSet(l, 0, LocaleData.ES_STANDARD));
            s.addAll(LocaleData.getExemplarSet(l, 0, LocaleData.ES_PUNCTUATION));
        }
        s.add(0xFF01, 0xFF5E); // full-width ASCII forms
        s.add(0x3000); // ideographic space
        s.remove(0xFF61, 0xFF9F); // half-width katakana and punctuation
        this.set = s.freeze();
    }

    boolean contains(int codePoint) {
        return set.contains(codePoint);
    }
}
