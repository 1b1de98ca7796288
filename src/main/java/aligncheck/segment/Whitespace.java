package aligncheck.segment;

/**
 * What counts as white space around sentences: Java white space plus Unicode space separators, so that the
 * ideographic space U+3000 and the no-break space U+00A0 are trimmed too.
 */
final class Whitespace {
    private Whitespace() {
    }

    static boolean is(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
