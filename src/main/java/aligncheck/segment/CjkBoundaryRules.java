package aligncheck.segment;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Corrections applied to ICU's sentence cuts in a Chinese or Japanese paragraph.
 *
 * <p>Sentence-final marks are {@code 。！？!?} and the full-width full stop {@code ．} (not between digits, so
 * {@code ３．５} stays whole); white space around punctuation (as in {@code 服务。 ” }) is tolerated throughout. The semicolons {@code ；;} do <em>not</em> end a sentence: they join clauses the English
 * translation usually keeps in one sentence as well. Rules, in the order they run:
 * <ol>
 *   <li>Closing quotes and brackets after a sentence-final mark stay in the sentence: a cut between them moves
 *       past the closers. Opening ones start the next sentence: ICU's cut in {@code 。「} moves before the
 *       {@code 「}.</li>
 *   <li>An ellipsis ({@code …}, {@code ……}, {@code ...}) directly followed by more text does not end a sentence.</li>
 *   <li>A sentence-final mark or an ellipsis followed by closers ends the sentence after the closers, unless what
 *       follows <em>continues</em> the sentence: a hiragana (the Japanese particle of {@code 」と述べた}), a comma,
 *       semicolon or colon ({@code ，、,；;：:}), or another sentence-final mark.</li>
 *   <li>No cut right after a closer when what follows continues the sentence (as in rule 3).</li>
 *   <li>No cut inside a quotation or bracket pair ({@code 「…」 『…』 “…” （…）} and the like) that is
 *       <em>embedded</em> in a longer sentence, that is followed by more text of the same sentence: after a closer
 *       preceded by a sentence-final mark or ellipsis, text that continues as in rule 3; after any other closer,
 *       any text but sentence-final punctuation. So {@code 岩屋毅外相は「日米同盟は揺るがない。安全保障は重要だ」と述べた。}
 *       and {@code 他称这是“不可接受的。美国必须让步”的问题。} are one sentence each, while a quotation that ends its
 *       sentence ({@code 他说：“……。……。”随后……}, {@code 首相は「……。……」。}) may be cut inside, as the English
 *       translation of it would be.</li>
 *   <li>No cut inside a URL ({@link Urls}), between the digits of a number, or right after a list marker that
 *       opens the paragraph ({@code 6. 片厂}).</li>
 * </ol>
 */
final class CjkBoundaryRules {
    private static final String END_MARKS = "。！？!?．";
    private static final String CONTINUING_PUNCTUATION = "，、,；;：:";
    /** A list marker opening the paragraph: "6. ", "（三）", "II." and the like. */
    private static final Pattern LIST_MARKER =
            Pattern.compile("\\s*(?:\\d{1,3}|[IVX]{1,4}|[一二三四五六七八九十]{1,3}|[０-９]{1,3})[.．、)）]\\s*");

    private final String p;

    private CjkBoundaryRules(String paragraph) {
        this.p = paragraph;
    }

    /** The corrected cuts for {@code paragraph}, given ICU's cuts; the input set is not modified. */
    static SortedSet<Integer> correct(String paragraph, SortedSet<Integer> icuCuts) {
        return new CjkBoundaryRules(paragraph).apply(icuCuts);
    }

    private SortedSet<Integer> apply(SortedSet<Integer> icuCuts) {
        SortedSet<Integer> cuts = new TreeSet<>();
        for (int cut : icuCuts) {
            cuts.add(isEndAt(cut) ? skipClosers(cut) : backBeforeOpeners(cut));
        }
        cuts.removeIf(cut -> endsEllipsis(cut) && cut < p.length() && !Whitespace.is(p.charAt(cut)));
        addCutsAfterClosedEnds(cuts);
        cuts.removeIf(cut -> followsCloser(cut) && continuesAt(cut));
        removeCutsInsideEmbeddedPairs(cuts);
        Urls.removeCutsInside(p, cuts);
        cuts.removeIf(this::splitsNumber);
        cuts.removeIf(cut -> LIST_MARKER.matcher(p).region(0, cut).matches());
        cuts.removeIf(cut -> cut <= 0 || cut >= p.length());
        return cuts;
    }

    /**
     * Whether a sentence-final mark or an ellipsis ends right before {@code i}, with only white space and closers
     * between (so the outer quote of {@code 。’”} closes after an end mark too).
     */
    private boolean isEndAt(int i) {
        while (i > 0 && (Whitespace.is(p.charAt(i - 1)) || Punctuation.isCloser(p.charAt(i - 1)))) {
            i--;
        }
        return i > 0 && (isEndMark(i - 1) || endsEllipsis(i));
    }

    private boolean isEndMark(int i) {
        char c = p.charAt(i);
        if (c == '．') {
            return !(i > 0 && i + 1 < p.length() && Character.isDigit(p.charAt(i - 1)) && Character.isDigit(p.charAt(i + 1)));
        }
        return END_MARKS.indexOf(c) >= 0;
    }

    private boolean endsEllipsis(int i) {
        return i > 0 && (p.charAt(i - 1) == '…' || p.charAt(i - 1) == '⋯' || (i >= 3 && p.startsWith("...", i - 3)));
    }

    /** ICU counts an opening bracket right after {@code 。} as closing the sentence; it opens the next one. */
    private int backBeforeOpeners(int cut) {
        int i = cut;
        while (i > 0 && Punctuation.isOpener(p.charAt(i - 1))) {
            i--;
        }
        return i < cut && isEndAt(i) ? i : cut;
    }

    /** The offset after the run of closers starting at {@code i} (white space between closers allowed). */
    private int skipClosers(int i) {
        int end = i;
        for (int j = i; j < p.length() && (Punctuation.isCloser(p.charAt(j)) || Whitespace.is(p.charAt(j))); j++) {
            if (Punctuation.isCloser(p.charAt(j))) {
                end = j + 1;
            }
        }
        return end;
    }

    private boolean followsCloser(int cut) {
        int i = cut;
        while (i > 0 && Whitespace.is(p.charAt(i - 1))) {
            i--;
        }
        return i > 0 && Punctuation.isCloser(p.charAt(i - 1));
    }

    private int skipSpaces(int i) {
        while (i < p.length() && Whitespace.is(p.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the text from {@code i} on (after white space) continues the sentence rather than starting one. */
    private boolean continuesAt(int i) {
        i = skipSpaces(i);
        if (i >= p.length()) {
            return false;
        }
        char c = p.charAt(i);
        return isHiragana(c) || CONTINUING_PUNCTUATION.indexOf(c) >= 0 || isEndMark(i) || c == '…';
    }

    private static boolean isHiragana(char c) {
        return c >= '\u3041' && c <= '\u309F';
    }

    private void addCutsAfterClosedEnds(SortedSet<Integer> cuts) {
        for (int i = 1; i < p.length(); i++) {
            if (Punctuation.isCloser(p.charAt(i)) && isEndAt(i)) {
                int after = skipClosers(i);
                if (after < p.length() && !continuesAt(after)) {
                    cuts.add(after);
                }
            }
        }
    }

    private void removeCutsInsideEmbeddedPairs(SortedSet<Integer> cuts) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (Punctuation.isOpener(c)) {
                open.push(i);
            } else if (Punctuation.isCloser(c)) {
                Integer opener = popMatching(open, c);
                if (opener != null && isEmbedded(i)) {
                    cuts.subSet(opener + 1, i + 1).clear();
                }
            }
        }
    }

    /** Pops up to and including the innermost opener matching {@code closer}; null (stack kept) when none does. */
    private Integer popMatching(Deque<Integer> open, char closer) {
        for (int opener : open) {
            if (Punctuation.closerOf(p.charAt(opener)) == closer) {
                while (open.peek() != opener) {
                    open.pop();
                }
                return open.pop();
            }
        }
        return null;
    }

    /**
     * Whether the pair closed at {@code closer} sits inside a longer sentence: after a sentence-final mark of its
     * own, only if what follows continues the sentence (rule 3); without one, whenever text other than
     * sentence-final punctuation follows in the paragraph.
     */
    private boolean isEmbedded(int closer) {
        int after = skipClosers(closer);
        if (isEndAt(closer)) {
            return continuesAt(after);
        }
        int next = skipSpaces(after);
        return next < p.length() && !isEndMark(next);
    }

    private boolean splitsNumber(int cut) {
        return cut >= 2 && cut < p.length()
                && (p.charAt(cut - 1) == '.' || p.charAt(cut - 1) == '．')
                && Character.isDigit(p.charAt(cut - 2)) && Character.isDigit(p.charAt(cut));
    }
}
