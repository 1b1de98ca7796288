package aligncheck.names;

/** What kind of name a source span is, which decides how it is read and how far its rendering can be judged. */
public enum NameKind {
    /** A foreign name in Chinese transliteration characters (赫格塞思, 卡罗琳·莱维特). */
    TRANSLITERATED,
    /** A foreign name in katakana (ヘグセス, カロライン・レビット). */
    KATAKANA,
    /** A Chinese person name read in pinyin (王毅); may also be a Japanese or Korean name written in Chinese. */
    HAN_PERSON,
    /** A Japanese person name in kanji (赤沢亮正, 岩屋): surname, then given name when there is one. */
    KANJI_PERSON,
    /** A place (华盛顿, シンガポール): paired with its rendering but never judged. */
    PLACE
}
