package aligncheck.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A normalized view of a text for matching names, whose offsets map back to the original text.
 *
 * <p>The original is cut into <em>units</em>: a code point together with the following code points NFKC may
 * combine with it (combining marks, the half-width voiced sound marks ﾞ ﾟ); almost every unit is a single code
 * point, surrogate pairs included. Each unit is normalized on its own:
 * <ol>
 *   <li>NFKC: full-width Latin letters and digits become ASCII, half-width katakana full width, ㍻ becomes 平成,
 *       ﬁ becomes fi, e + U+0301 becomes é, ｶﾞ becomes ガ;</li>
 *   <li>Traditional→Simplified Chinese (ICU's {@code Traditional-Simplified}, applied to each Han code point on
 *       its own): 貝森特 → 贝森特, 國防部長 → 国防部长. Skipped for {@link Language#JA}, see below;</li>
 *   <li>name punctuation folded: middle dots (U+00B7, U+30FB, U+FF65, U+2022, U+2027, U+22C5, U+2219) → U+00B7 '·';
 *       hyphens and dashes used in names (U+2010–U+2013, U+2212, U+FF0D) → '-'; apostrophes (U+2018, U+2019,
 *       U+02BC, U+FF07) → '\''; curly double quotes “ ” → '"'; every white space character (tab, line ends,
 *       U+3000, NBSP ...) → ' '.</li>
 * </ol>
 * Case is not folded. The normalized text is the concatenation of the units' normalizations, in order.
 *
 * <p>Japanese: the Traditional→Simplified step also rewrites Japanese kanji that happen to be traditional Chinese
 * forms: 鈴木 → 铃木, 東京 → 东京, 加藤勝信 → 加藤胜信, 広島 → 広岛 (shinjitai such as 沢, 広, 毅, 石破茂 are left
 * alone). That is harmless when both sides of a comparison are normalized the same way, but for Japanese text use
 * {@link #of(String, Language)} with {@link Language#JA}, which skips the step and keeps kanji as written.
 *
 * <p>Invariants, with {@code o = original()}, {@code n = normalized()}:
 * <ul>
 *   <li>every char of {@code n} comes from exactly one unit of {@code o}; {@link #toOriginal(int)} gives that
 *       unit's start and {@link #toOriginal(Span)} covers whole units, so it never splits a surrogate pair or a
 *       base character from its combining marks;</li>
 *   <li>for a span {@code s} of {@code n} whose ends are unit boundaries (offsets {@code x} with
 *       {@code toNormalized(toOriginal(x)) == x}): {@code normalize(o.substring(toOriginal(s))) == n.substring(s)};</li>
 *   <li>{@code toOriginal} and {@code toNormalized} are non-decreasing, map 0 to 0 and each text's length to the
 *       other's length.</li>
 * </ul>
 * Instances are immutable and thread-safe.
 */
public final class NormalizedText {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private final String original;
    private final String normalized;
    /** For each original offset (and its length): the unit containing it; [length] = number of units. */
    private final int[] unitOfOriginal;
    /** For each normalized char: the unit it comes from. */
    private final int[] unitOfNormalized;
    /** For each unit (and one past the last): where it starts in the original. */
    private final int[] unitOriginalStart;
    /** For each unit (and one past the last): where its normalization starts in the normalized text. */
    private final int[] unitNormalizedStart;

    private NormalizedText(String original, boolean simplifyHan) {
        this.original = original;
        int length = original.length();
        unitOfOriginal = new int[length + 1];
        int[] originalStarts = new int[length + 1];
        int[] normalizedStarts = new int[length + 1];
        StringBuilder out = new StringBuilder(length);
        int units = 0;
        for (int start = 0; start < length; units++) {
            int end = unitEnd(original, start);
            originalStarts[units] = start;
            normalizedStarts[units] = out.length();
            for (int i = start; i < end; i++) {
                unitOfOriginal[i] = units;
            }
            appendNormalized(original.substring(start, end), simplifyHan, out);
            start = end;
        }
        originalStarts[units] = length;
        normalizedStarts[units] = out.length();
        unitOfOriginal[length] = units;
        normalized = out.toString();
        unitOriginalStart = Arrays.copyOf(originalStarts, units + 1);
        unitNormalizedStart = Arrays.copyOf(normalizedStarts, units + 1);
        unitOfNormalized = new int[normalized.length()];
        for (int u = 0; u < units; u++) {
            Arrays.fill(unitOfNormalized, unitNormalizedStart[u], unitNormalizedStart[u + 1], u);
        }
    }

    /** Normalizes {@code original} treating Han characters as Chinese (Traditional→Simplified applied). */
    public static NormalizedText of(String original) {
        return of(original, Language.ZH);
    }

    /**
     * Normalizes {@code original} written in {@code language}: for {@link Language#JA} Han characters are kept as
     * written; for the other languages they are converted from Traditional to Simplified Chinese.
     */
    public static NormalizedText of(String original, Language language) {
        Objects.requireNonNull(original, "original");
        return new NormalizedText(original, Objects.requireNonNull(language, "language") != Language.JA);
    }

    /** Same as {@code of(s).normalized()}. */
    public static String normalize(String s) {
        return of(s).normalized();
    }

    /** Same as {@code of(s, language).normalized()}. */
    public static String normalize(String s, Language language) {
        return of(s, language).normalized();
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    /**
     * The original offset of a normalized offset: the start of the unit the normalized char at that offset comes
     * from (for an offset inside the normalization of a unit, e.g. between 平 and 成 of ㍻, also that unit's
     * start); {@code normalized().length()} maps to {@code original().length()}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= normalizedOffset <= normalized().length()}
     */
    public int toOriginal(int normalizedOffset) {
        Objects.checkIndex(normalizedOffset, normalized.length() + 1);
        return normalizedOffset == normalized.length()
                ? original.length()
                : unitOriginalStart[unitOfNormalized[normalizedOffset]];
    }

    /**
     * The original span a normalized span comes from: from the start of the unit of its first char to the end of
     * the unit of its last char, so it covers whole original characters. An empty span maps to the empty span at
     * {@link #toOriginal(int)} of its start.
     *
     * @throws IndexOutOfBoundsException if the span reaches beyond {@code normalized()}
     */
    public Span toOriginal(Span normalizedSpan) {
        Objects.checkIndex(normalizedSpan.end(), normalized.length() + 1);
        if (normalizedSpan.isEmpty()) {
            int at = toOriginal(normalizedSpan.start());
            return new Span(at, at);
        }
        int first = unitOfNormalized[normalizedSpan.start()];
        int last = unitOfNormalized[normalizedSpan.end() - 1];
        return new Span(unitOriginalStart[first], unitOriginalStart[last + 1]);
    }

    /**
     * The normalized offset of an original offset: where the normalization of the unit containing it starts (an
     * offset inside a unit, e.g. between the two chars of a surrogate pair, rounds down to the unit's start);
     * {@code original().length()} maps to {@code normalized().length()}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= originalOffset <= original().length()}
     */
    public int toNormalized(int originalOffset) {
        Objects.checkIndex(originalOffset, original.length() + 1);
        return unitNormalizedStart[unitOfOriginal[originalOffset]];
    }

    /**
     * The normalized span of an original span, widened to whole units: its start rounds down to the start of its
     * unit, its end up to the end of its unit.
     *
     * @throws IndexOutOfBoundsException if the span reaches beyond {@code original()}
     */
    public Span toNormalized(Span originalSpan) {
        Objects.checkIndex(originalSpan.end(), original.length() + 1);
        int endUnit = unitOfOriginal[originalSpan.end()];
        int end = unitOriginalStart[endUnit] == originalSpan.end()
                ? unitNormalizedStart[endUnit]
                : unitNormalizedStart[endUnit + 1];
        return new Span(toNormalized(originalSpan.start()), end);
    }

    /** End of the unit starting at {@code start}: past the code point there and all that cannot start a unit. */
    private static int unitEnd(String s, int start) {
        int end = start + Character.charCount(s.codePointAt(start));
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            if (NFKC.hasBoundaryBefore(cp)) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    private static void appendNormalized(String unit, boolean simplifyHan, StringBuilder out) {
        String nfkc = NFKC.normalize(unit);
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            if (simplifyHan && UScript.getScript(cp) == UScript.HAN) {
                out.append(TraditionalToSimplified.of(cp));
            } else {
                out.appendCodePoint(foldPunctuation(cp));
            }
        }
    }

    /** Name punctuation and white space folded to one form each; other code points unchanged. */
    private static int foldPunctuation(int cp) {
        return switch (cp) {
            case 0x00B7, 0x30FB, 0xFF65, 0x2022, 0x2027, 0x22C5, 0x2219 -> 0x00B7;
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xFF0D -> '-';
            case 0x2018, 0x2019, 0x02BC, 0xFF07 -> '\'';
            case 0x201C, 0x201D -> '"';
            default -> UCharacter.isUWhiteSpace(cp) ? ' ' : cp;
        };
    }

    /** ICU's Traditional-Simplified transliteration of single Han code points, cached. */
    private static final class TraditionalToSimplified {
        private static final Transliterator TRANSLITERATOR = Transliterator.getInstance("Traditional-Simplified");
        private static final Map<Integer, String> CACHE = new ConcurrentHashMap<>();

        static String of(int cp) {
            return CACHE.computeIfAbsent(cp, TraditionalToSimplified::transliterate);
        }

        private static String transliterate(int cp) {
            synchronized (TRANSLITERATOR) {
                return TRANSLITERATOR.transliterate(new String(Character.toChars(cp)));
            }
        }
    }
}
