package aligncheck.segment;

/**
 * One line of a text: its 1-based number and the char range {@code [start, end)} of its content, line terminator
 * excluded.
 */
record Line(int number, int start, int end) {
    Line {
        if (number < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad line " + number + " [" + start + "," + end + ")");
        }
    }

    String content(String text) {
        return text.substring(start, end);
    }

    boolean isBlank(String text) {
        for (int i = start; i < end; i++) {
            if (!Whitespace.is(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
