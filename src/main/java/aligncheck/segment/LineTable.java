package aligncheck.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The lines of a text and a fast offset-to-line lookup.
 *
 * <p>A line ends at {@code \n}, {@code \r\n} or a lone {@code \r} (as in
 * {@link aligncheck.text.LoadedText#lineOf(int)}). A terminator at the very end of the text does not start another
 * line: {@code "a\nb\n"} has two lines, {@code "a\n\n"} has two lines (the second empty), {@code ""} has none.
 */
final class LineTable {
    private final List<Line> lines;
    private final int[] starts;

    LineTable(String text) {
        List<Line> found = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Whitespace.isLineBreak(c)) {
                found.add(new Line(found.size() + 1, start, i));
                i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            found.add(new Line(found.size() + 1, start, text.length()));
        }
        this.lines = Collections.unmodifiableList(found);
        this.starts = found.stream().mapToInt(Line::start).toArray();
    }

    List<Line> lines() {
        return lines;
    }

    /** 1-based number of the line holding {@code offset}; offsets in a terminator belong to the line it ends. */
    int lineOf(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found + 1;
    }
}
