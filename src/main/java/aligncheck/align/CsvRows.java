package aligncheck.align;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Rows of an RFC 4180 CSV stream: comma-separated fields, double-quoted fields may hold commas, "" and newlines. */
final class CsvRows {
    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private int peeked = -2;

    CsvRows(Reader in) {
        this.in = in;
    }

    /** The next char, or -1 at the end; buffered here so that no per-char synchronisation is paid. */
    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    /** The next row's fields, or null at the end of the stream. */
    List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>(13);
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    break;
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        f.append('"');
                    } else {
                        quoted = false;
                        peeked = d;
                    }
                } else {
                    f.append((char) c);
                }
            } else if (c == '"' && f.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(f.toString());
                f.setLength(0);
            } else if (c == '\n' || c == -1) {
                break;
            } else if (c != '\r') {
                f.append((char) c);
            }
            c = read();
        }
        fields.add(f.toString());
        return fields;
    }
}
