package aligncheck.segment;

import aligncheck.text.Language;

/**
 * Tells a Chinese source text from a Japanese one by its script.
 *
 * <p>Japanese writes kana (hiragana, katakana) between its kanji; Chinese has none, apart from stray borrowings
 * such as the {@code の} of shop names. A text is Japanese when its kana make at least 1 % of its kana and Han
 * characters together, and are at least 3 or at least 10 % of them (so a tiny "日本の首相" is Japanese, while
 * a long Chinese article with a handful of {@code の} stays Chinese). Otherwise it is Chinese when it holds a Han
 * character. The katakana middle dot {@code ・} (used in Chinese transcriptions of foreign names) and the
 * double hyphen {@code ゠} are not counted as kana.
 */
public final class LanguageDetector {
    static final double MIN_KANA_SHARE = 0.01;
    static final int MIN_KANA = 3;
    static final double SURE_KANA_SHARE = 0.10;

    private LanguageDetector() {
    }

    /**
     * The source language of {@code text}: {@link Language#JA} or {@link Language#ZH}.
     *
     * @throws IllegalArgumentException when the text holds neither kana nor Han characters
     */
    public static Language detectSource(String text) {
        long kana = 0;
        long han = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isKana(cp)) {
                kana++;
            } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            }
            i += Character.charCount(cp);
        }
        double share = kana == 0 ? 0 : (double) kana / (kana + han);
        if (share >= MIN_KANA_SHARE && (kana >= MIN_KANA || share >= SURE_KANA_SHARE)) {
            return Language.JA;
        }
        if (han > 0) {
            return Language.ZH;
        }
        throw new IllegalArgumentException("no Chinese or Japanese text");
    }

    private static boolean isKana(int cp) {
        if (cp == 0x30FB || cp == 0x30A0) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || cp == 0x30FC || cp == 0xFF70;
    }
}
