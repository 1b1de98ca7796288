package aligncheck.align;

/**
 * The kinds of evidence the aligner weighs besides sentence length (which is always on), each of which can be
 * switched off to measure what it adds ({@link AlignerConfig#signals()}; {@code aligncheck eval --signals}).
 */
public enum Signal {
    /** Numbers and dates read on both sides, by value ({@code n:} anchors). */
    NUMBERS,
    /** Latin tokens of the source found in the English (acronyms, URLs, {@code w:} anchors). */
    LATIN_TOKENS,
    /** Question and exclamation marks, and where a quotation opens and closes ({@code p:} anchors). */
    PUNCTUATION,
    /** Glossary names and the pinyin transliteration of Chinese names ({@code name:} and {@code py:} anchors). */
    NAMES,
    /** A bilingual dictionary: ECDICT, and EDICT or CEDICT files when given or installed. */
    DICTIONARY,
    /** A lexicon learned from a first alignment of the document pair itself (second pass). */
    LEARNED_LEXICON
}
