package aligncheck.report;

import java.util.Arrays;

/**
 * Line and column of char offsets in one text, after one pass over it. A line ends at \n, \r\n or \r (as in
 * {@link aligncheck.text.LoadedText#lineOf}). Lines and columns are 1-based; a column counts UTF-16 code units
 * from the start of its line.
 */
final class LineColumns {
    private final int[] lineStarts;
    private final int length;

    LineColumns(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        this.length = text.length();
    }

    /** The 1-based line of {@code offset} (0 ≤ offset ≤ text length). */
    int line(int offset) {
        check(offset);
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based column of {@code offset} on its line, in UTF-16 code units. */
    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    private void check(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside [0," + length + "]");
        }
    }
}
