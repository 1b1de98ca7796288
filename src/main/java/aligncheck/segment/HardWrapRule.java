package aligncheck.segment;

/**
 * Decides whether a single line break lies inside a paragraph (the text is hard-wrapped there) or ends one.
 *
 * <p>By default a line break ends a paragraph: news text is usually written one paragraph per line, and a blank
 * line always ends a paragraph. A single line break is joined over only when the line visibly stops mid-sentence:
 * <ul>
 *   <li>the line does not end with sentence-final punctuation (optionally followed by closing quotes or brackets),
 *   <li>the next line is not indented (an indented line starts a paragraph, as in {@code "　　"}-indented Chinese),
 *   <li>and, for {@link #ENGLISH}, the next line starts with a lower-case letter, or the line is long; for
 *       {@link #CHINESE_JAPANESE} the line is long.
 * </ul>
 * A line is <em>long</em> when the document looks wrapped at a fixed width — its widest line is at most
 * {@link #maxWrapWidth()} code points — and the line reaches {@value #LONG_SHARE} of that width. Headings (short
 * lines without end punctuation) therefore stay paragraphs of their own.
 */
enum HardWrapRule {
    /** English: end punctuation {@code . ! ? : ; …}; wrapped documents are at most 100 columns wide. */
    ENGLISH(".!?:;…", 100) {
        @Override
        boolean continues(String line, String next, int widest) {
            return Character.isLowerCase(next.codePointAt(0)) || isLong(line, widest);
        }
    },
    /** Chinese and Japanese: full-width and ASCII end punctuation; wrapped documents are at most 80 characters wide. */
    CHINESE_JAPANESE("。！？!?．；;：:…", 80) {
        @Override
        boolean continues(String line, String next, int widest) {
            return isLong(line, widest);
        }
    };

    /** Share of the widest line a line must reach to count as long. */
    static final double LONG_SHARE = 0.8;

    private final String endPunctuation;
    private final int maxWrapWidth;

    HardWrapRule(String endPunctuation, int maxWrapWidth) {
        this.endPunctuation = endPunctuation;
        this.maxWrapWidth = maxWrapWidth;
    }

    int maxWrapWidth() {
        return maxWrapWidth;
    }

    /**
     * Whether the paragraph goes on from {@code line} to {@code next}.
     *
     * @param line   a non-blank line, line terminator excluded
     * @param next   the following non-blank line, line terminator excluded
     * @param widest the length in code points of the widest line of the document (see {@link #width(String)})
     */
    boolean joins(String line, String next, int widest) {
        if (Whitespace.is(next.charAt(0)) || endsSentence(line.strip())) {
            return false;
        }
        return continues(line.strip(), next.strip(), widest);
    }

    abstract boolean continues(String strippedLine, String strippedNext, int widest);

    boolean isLong(String strippedLine, int widest) {
        return widest <= maxWrapWidth && width(strippedLine) >= LONG_SHARE * widest;
    }

    private boolean endsSentence(String stripped) {
        int end = stripped.length();
        while (end > 0 && Punctuation.isCloser(stripped.charAt(end - 1))) {
            end--;
        }
        return end > 0 && endPunctuation.indexOf(stripped.charAt(end - 1)) >= 0;
    }

    /** The width of a line as compared by this rule: code points of its stripped content. */
    static int width(String line) {
        String s = line.strip();
        return s.codePointCount(0, s.length());
    }
}
