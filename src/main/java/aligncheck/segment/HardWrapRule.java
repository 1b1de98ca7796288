package aligncheck.segment;

/**
 * Decides whether a single line break lies inside a paragraph (the text is hard-wrapped there) or ends one.
 *
 * <p>By default a line break ends a paragraph: news text is usually written one paragraph per line, and a blank
 * line always ends a paragraph. An indented next line (white space first, as the {@code "　　"} of Chinese
 * paragraphs) always starts a paragraph. Otherwise a single line break is joined over when the line visibly stops
 * mid-sentence:
 * <ul>
 *   <li>{@link #ENGLISH}: the next line starts with a lower-case letter (an English sentence never does, so this
 *       holds even after a period, as in {@code at 9 a.m.⏎tomorrow}); or the line is <em>long</em> and does not end
 *       a sentence — it does not end with {@code . ! ? : ; …} (closing quotes or brackets after them allowed), or
 *       it ends with an abbreviation that cannot end a sentence ({@code Mr.}, {@code Aug.}, an initial).</li>
 *   <li>{@link #CHINESE_JAPANESE}: the line is long and does not end with {@code 。！？!?．；;：:…} (closers
 *       after them allowed).</li>
 * </ul>
 * A line is long when the document looks wrapped at a fixed width — its widest line is between
 * {@link #minWrapWidth()} and {@link #maxWrapWidth()} code points (40–100 for English, 20–80 for Chinese and
 * Japanese) — and the line reaches {@value #LONG_SHARE} of that width. Headings (short
 * lines without end punctuation) therefore stay paragraphs of their own.
 *
 * <p>Inside a paragraph the boundary finder sees each joined line break as a space for English (it stands for the
 * space between two words) and not at all for Chinese and Japanese (see {@link #lineBreakAsSpace()}).
 */
enum HardWrapRule {
    /** English: wrapped at 40 to 100 columns; a joined line break reads as a space. */
    ENGLISH(".!?:;…", 40, 100, true) {
        @Override
        boolean continues(String line, String next, int widest) {
            return Character.isLowerCase(next.codePointAt(0)) || (!endsSentence(line) && isLong(line, widest));
        }

        @Override
        boolean endsSentence(String line) {
            int lastSpace = line.lastIndexOf(' ');
            return super.endsSentence(line) && !EnglishBoundaryRules.isNonFinalAbbreviation(line.substring(lastSpace + 1));
        }
    },
    /** Chinese and Japanese: wrapped at 20 to 80 characters; a joined line break reads as nothing. */
    CHINESE_JAPANESE("。！？!?．；;：:…", 20, 80, false) {
        @Override
        boolean continues(String line, String next, int widest) {
            return !endsSentence(line) && isLong(line, widest);
        }
    };

    /** Share of the widest line a line must reach to count as long. */
    static final double LONG_SHARE = 0.8;

    private final String endPunctuation;
    private final int minWrapWidth;
    private final int maxWrapWidth;
    private final boolean lineBreakAsSpace;

    HardWrapRule(String endPunctuation, int minWrapWidth, int maxWrapWidth, boolean lineBreakAsSpace) {
        this.endPunctuation = endPunctuation;
        this.minWrapWidth = minWrapWidth;
        this.maxWrapWidth = maxWrapWidth;
        this.lineBreakAsSpace = lineBreakAsSpace;
    }

    /** The narrowest widest line (code points) a document must have to count as wrapped at a fixed width. */
    int minWrapWidth() {
        return minWrapWidth;
    }

    /** The widest line (code points) a document may have to count as wrapped at a fixed width. */
    int maxWrapWidth() {
        return maxWrapWidth;
    }

    /** Whether a joined line break reads as a space (English) or as nothing (Chinese, Japanese). */
    boolean lineBreakAsSpace() {
        return lineBreakAsSpace;
    }

    /**
     * Whether the paragraph goes on from {@code line} to {@code next}.
     *
     * @param line   a non-blank line, line terminator excluded
     * @param next   the following non-blank line, line terminator excluded
     * @param widest the width of the widest line of the document (see {@link #width(String)})
     */
    boolean joins(String line, String next, int widest) {
        return !Whitespace.is(next.charAt(0)) && continues(line.strip(), next.strip(), widest);
    }

    abstract boolean continues(String strippedLine, String strippedNext, int widest);

    /** Whether a stripped line ends with sentence-final punctuation, closers after it allowed. */
    boolean endsSentence(String line) {
        int end = line.length();
        while (end > 0 && Punctuation.isCloser(line.charAt(end - 1))) {
            end--;
        }
        return end > 0 && endPunctuation.indexOf(line.charAt(end - 1)) >= 0;
    }

    boolean isLong(String strippedLine, int widest) {
        return widest >= minWrapWidth && widest <= maxWrapWidth && width(strippedLine) >= LONG_SHARE * widest;
    }

    /** The width of a line as compared by this rule: code points of its stripped content. */
    static int width(String line) {
        String s = line.strip();
        return s.codePointCount(0, s.length());
    }
}
