package aligncheck.names;

/** How a source name is read, which decides how its sounds are compared with an English spelling. */
public enum ReadingStyle {
    /** Chinese characters in Hanyu Pinyin, syllables separated by spaces: "he ge sai si". */
    PINYIN,
    /** A katakana transliteration of a foreign name: vowels added after consonants may be dropped in English. */
    KANA_FOREIGN,
    /** A Japanese name read in kana (the reading of kanji): romanized in full, Hepburn-style. */
    KANA_NATIVE
}
