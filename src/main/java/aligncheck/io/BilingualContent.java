package aligncheck.io;

import java.util.List;

/**
 * What a bilingual file holds, as read by {@link TmxReader} or {@link XliffReader}.
 *
 * @param sourceLanguage the source language tag as the file gives it (zh-CN, ja, …)
 * @param pairs          the aligned pairs in file order
 */
record BilingualContent(String sourceLanguage, List<SegmentPair> pairs) {
    BilingualContent {
        pairs = List.copyOf(pairs);
    }

    /** The primary subtag of a language tag, lower case: {@code zh_CN} → {@code zh}. */
    static String primary(String tag) {
        return tag == null ? "" : tag.strip().split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isSourceLanguage(String tag) {
        String p = primary(tag);
        return p.equals("zh") || p.equals("ja");
    }

    static boolean isEnglish(String tag) {
        return primary(tag).equals("en");
    }
}
