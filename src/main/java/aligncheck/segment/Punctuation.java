package aligncheck.segment;

/** Character classes shared by the sentence rules of all languages. */
final class Punctuation {
    /** Closing quotes and brackets that stay with the sentence they close (full-width and ASCII). */
    static final String CLOSERS = "”’」』）)】》〉〕］]｝}»›〟\"'";
    /** Opening quotes and brackets, index-aligned with the first characters of {@link #CLOSERS}. */
    static final String OPENERS = "“‘「『（(【《〈〔［[｛{«‹〝";

    private Punctuation() {
    }

    static boolean isCloser(char c) {
        return CLOSERS.indexOf(c) >= 0;
    }

    static boolean isOpener(char c) {
        return OPENERS.indexOf(c) >= 0;
    }

    /** The closer that matches an opener, or 0 when {@code opener} is none. */
    static char closerOf(char opener) {
        int i = OPENERS.indexOf(opener);
        return i < 0 ? 0 : CLOSERS.charAt(i);
    }
}
