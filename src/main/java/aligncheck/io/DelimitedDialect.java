package aligncheck.io;

import aligncheck.glossary.GlossaryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a table of text fields is written as CSV or TSV.
 *
 * <ul>
 *   <li>{@link #CSV}: RFC 4180. Fields separated by commas, records by CRLF (LF alone is read too); a field with a
 *       comma, a double quote or a line break is quoted, and its double quotes doubled.</li>
 *   <li>{@link #TSV}: fields separated by tabs, records by LF (CRLF is read too), no quoting; a backslash, tab or
 *       line break in a field is written {@code \\}, {@code \t}, {@code \n}, {@code \r}.</li>
 * </ul>
 */
enum DelimitedDialect {
    CSV(",", "\r\n"),
    TSV("\t", "\n");

    /** One record and the 1-based line it starts on. */
    record Row(int line, List<String> fields) {
        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private final String separator;
    private final String lineEnd;

    DelimitedDialect(String separator, String lineEnd) {
        this.separator = separator;
        this.lineEnd = lineEnd;
    }

    /** One record, with its line end. */
    String record(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(encode(fields.get(i)));
        }
        return out.append(lineEnd).toString();
    }

    private String encode(String field) {
        if (this == TSV) {
            return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
        }
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    /** The records of a whole file; {@code file} is for messages ({@code file:line:column}). */
    List<Row> parse(Path file, String text) throws GlossaryException {
        return this == TSV ? parseTsv(text) : parseCsv(file, text);
    }

    private static List<Row> parseTsv(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (i == lines.length - 1 && l.isEmpty()) {
                break;
            }
            List<String> fields = new ArrayList<>();
            for (String f : l.split("\t", -1)) {
                fields.add(unescapeTsv(f));
            }
            rows.add(new Row(i + 1, fields));
        }
        return rows;
    }

    /** Undoes {@code \\ \t \n \r}; any other backslash stays (list fields have their own escapes). */
    private static String unescapeTsv(String f) {
        StringBuilder out = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '\\' && i + 1 < f.length()) {
                char n = f.charAt(i + 1);
                switch (n) {
                    case '\\' -> out.append('\\');
                    case 't' -> out.append('\t');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    default -> {
                        out.append(c).append(n);
                    }
                }
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<Row> parseCsv(Path file, String text) throws GlossaryException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int lineStart = 0;
        int rowLine = 1;
        int i = 0;
        int n = text.length();
        boolean atFieldStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (atFieldStart && c == '"') {
                int openLine = line;
                int openColumn = i - lineStart + 1;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new GlossaryException(file, openLine, openColumn, "quoted field never closed");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                    field.append(q);
                    i++;
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    throw new GlossaryException(file, line, i - lineStart + 1,
                            "text after the closing quote of a field (a quote inside a quoted field is written \"\")");
                }
                atFieldStart = false;
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(rowLine, List.copyOf(fields)));
                fields.clear();
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                lineStart = i;
                rowLine = line;
                atFieldStart = true;
            } else {
                field.append(c);
                atFieldStart = false;
                i++;
            }
        }
        if (!atFieldStart || !fields.isEmpty() || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }
}
