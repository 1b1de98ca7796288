package aligncheck.segment;

/**
 * A paragraph as a {@link BoundaryFinder} sees it: its hard-wrap line breaks either replaced by spaces (English,
 * where a wrap stands for the space between two words; the length is kept) or removed (Chinese and Japanese, where
 * a wrap stands for nothing), with the map from offsets in the joined text back to the original paragraph.
 */
final class JoinedParagraph {
    private final String text;
    private final int[] original;

    private JoinedParagraph(String text, int[] original) {
        this.text = text;
        this.original = original;
    }

    static JoinedParagraph of(String paragraph, boolean lineBreakAsSpace) {
        StringBuilder joined = new StringBuilder(paragraph.length());
        int[] original = new int[paragraph.length() + 1];
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (!Whitespace.isLineBreak(c)) {
                original[joined.length()] = i;
                joined.append(c);
            } else if (lineBreakAsSpace) {
                original[joined.length()] = i;
                joined.append(' ');
            }
        }
        original[joined.length()] = paragraph.length();
        return new JoinedParagraph(joined.toString(), original);
    }

    String text() {
        return text;
    }

    /** The offset in the original paragraph of joined offset {@code offset} ({@code 0 <= offset <= length}). */
    int originalOffset(int offset) {
        return original[offset];
    }
}
