package aligncheck.text;

import java.util.List;

/**
 * Finds the numbers of a sentence in Chinese, Japanese or English: figures, percentages, ordinals, years, months,
 * dates and days of the month, each with a canonical value that compares across the languages (see
 * {@link NumberExpression}). Pure text analysis, no checking: the aligner may use it for anchors and the number
 * check for comparing.
 *
 * <p>What counts as a number:
 * <ul>
 *   <li>Arabic digits always, half- or full-width, with thousands separators ({@code 1,000}, {@code 1，000}) and
 *       a decimal point ({@code 3.5}, {@code ３．５}); in English also inside words ({@code G20}).</li>
 *   <li>Chinese/Japanese numerals only where they are clearly figures: inside a date, percentage or ordinal
 *       ({@code 七月}, {@code 百分之二十}, {@code 第三}), when they are more than one character
 *       ({@code 十四}, {@code 二十七}, {@code 两千}, {@code 二〇一三}), or a single character other than
 *       {@code 一 〇 零} followed by a measure word or unit ({@code 三人}, {@code 两名}). So {@code 两国},
 *       {@code 两党}, {@code 一些}, {@code 一个}, {@code 统一}, {@code 三峡} yield nothing.</li>
 *   <li>English number words ({@code three}, {@code twenty-seven}, {@code first}, {@code two million}) are read
 *       as numbers, since English news style spells out small numbers that Chinese writes in digits.</li>
 * </ul>
 * Details of each language are in {@link CjkNumberReader} and {@link EnglishNumberReader}.
 *
 * <p>Thread-safe and stateless.
 */
public final class NumberExtractor {

    /**
     * The number expressions of {@code text}, in text order, with non-overlapping spans into {@code text}.
     *
     * @param lang the language of {@code text}: {@link Language#ZH} and {@link Language#JA} read Chinese numerals,
     *             {@link Language#EN} reads English words and month names
     */
    public List<NumberExpression> extract(String text, Language lang) {
        return switch (lang) {
            case ZH, JA -> new CjkNumberReader(lang).read(text);
            case EN -> new EnglishNumberReader().read(text);
        };
    }

    /**
     * {@code text} with full-width digits and {@code ％ ． ，} replaced by their ASCII forms; every other char, and
     * so every offset, unchanged.
     */
    static String narrowed(String text) {
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c >= '０' && c <= '９') {
                cs[i] = (char) (c - '０' + '0');
            } else if (c == '％') {
                cs[i] = '%';
            } else if (c == '．') {
                cs[i] = '.';
            } else if (c == '，') {
                cs[i] = ',';
            }
        }
        return new String(cs);
    }
}
