package aligncheck.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets into some text.
 *
 * <p>Invariant: {@code 0 <= start <= end}. Which text the offsets refer to is stated by whoever holds the
 * span (for a {@link Sentence} it is the whole document text as loaded; for a finding it is the sentence text).
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
