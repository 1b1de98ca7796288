package aligncheck.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of forms in one CSV or TSV field: the forms joined by {@code |}, a {@code |} or {@code \} inside a form
 * written {@code \|} or {@code \\}. Blank items are dropped when splitting.
 */
final class ListField {
    static final char SEPARATOR = '|';

    private ListField() {
    }

    static String join(List<String> forms) {
        StringBuilder out = new StringBuilder();
        for (String f : forms) {
            if (out.length() > 0) {
                out.append(SEPARATOR);
            }
            out.append(f.replace("\\", "\\\\").replace("|", "\\|"));
        }
        return out.toString();
    }

    static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                item.append(field.charAt(++i));
            } else if (c == SEPARATOR) {
                add(out, item);
            } else {
                item.append(c);
            }
        }
        add(out, item);
        return out;
    }

    private static void add(List<String> out, StringBuilder item) {
        String s = item.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        item.setLength(0);
    }
}
