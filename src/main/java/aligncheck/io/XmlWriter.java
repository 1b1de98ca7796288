package aligncheck.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming XML 1.0 writer for the export formats: the declaration, escaping, and indentation of
 * element-only content. Inside an element started with {@link #startText(String)} (and inside any element once
 * text has been written into it) nothing is indented, so text content ({@code <seg>}, {@code <target>} with
 * inline markup) is exactly what was given.
 *
 * <p>Escaping: {@code & < >} everywhere, {@code "} in attributes, a carriage return as {@code &#13;} (a parser
 * would otherwise turn CR LF into LF), and tab and line feed as character references in attributes (which a
 * parser would otherwise normalize to spaces). Characters XML 1.0 cannot carry at all are refused; see
 * {@link #isXmlChar(int)}.
 */
final class XmlWriter {
    private static final String INDENT = "  ";

    private static final class Open {
        final String name;
        /** Text content: nothing is indented inside the element. */
        boolean inline;
        boolean startTagOpen = true;
        boolean hasChildren;

        Open(String name, boolean inline) {
            this.name = name;
            this.inline = inline;
        }
    }

    private final Writer out;
    private final Deque<Open> open = new ArrayDeque<>();

    /** Starts the document with {@code <?xml version="1.0" encoding="UTF-8"?>}; the writer must encode UTF-8. */
    XmlWriter(Writer out) throws IOException {
        this.out = out;
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    /** Whether XML 1.0 can carry the code point (as text or as a character reference). */
    static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    /** The first code point of {@code s} that XML 1.0 cannot carry, or -1. */
    static int firstNonXmlChar(String s) {
        return s.codePoints().filter(cp -> !isXmlChar(cp)).findFirst().orElse(-1);
    }

    /** {@code s} with every character XML 1.0 cannot carry replaced by U+FFFD: for notes and comments only. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(isXmlChar(cp) ? cp : 0xFFFD));
        return b.toString();
    }

    /** Starts an element of element content (indented children), unless it is inside text content. */
    XmlWriter start(String name) throws IOException {
        return start(name, false);
    }

    /** Starts an element of text content: whatever is written inside it is written exactly, never indented. */
    XmlWriter startText(String name) throws IOException {
        return start(name, true);
    }

    private XmlWriter start(String name, boolean inline) throws IOException {
        Open parent = open.peek();
        boolean inText = false;
        if (parent != null) {
            closeStartTag(parent);
            parent.hasChildren = true;
            inText = parent.inline;
        }
        if (!inText) {
            newline(open.size());
        }
        out.write('<');
        out.write(name);
        open.push(new Open(name, inline || inText));
        return this;
    }

    XmlWriter attribute(String name, String value) throws IOException {
        Open e = open.peek();
        if (e == null || !e.startTagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        out.write(' ');
        out.write(name);
        out.write("=\"");
        escape(value, true);
        out.write('"');
        return this;
    }

    XmlWriter text(String s) throws IOException {
        Open e = open.peek();
        if (e == null) {
            throw new IllegalStateException("text outside the root element");
        }
        closeStartTag(e);
        if (!s.isEmpty()) {
            e.inline = true;
        }
        escape(s, false);
        return this;
    }

    /** {@code <name>text</name>}. */
    XmlWriter element(String name, String text) throws IOException {
        return startText(name).text(text).end();
    }

    XmlWriter end() throws IOException {
        Open e = open.pop();
        if (e.startTagOpen) {
            out.write("/>");
            return this;
        }
        if (e.hasChildren && !e.inline) {
            newline(open.size());
        }
        out.write("</");
        out.write(e.name);
        out.write('>');
        return this;
    }

    /** Ends every open element, ends the file with a line break and flushes. */
    void finish() throws IOException {
        while (!open.isEmpty()) {
            end();
        }
        out.write('\n');
        out.flush();
    }

    private void closeStartTag(Open e) throws IOException {
        if (e.startTagOpen) {
            out.write('>');
            e.startTagOpen = false;
        }
    }

    private void newline(int depth) throws IOException {
        out.write('\n');
        for (int i = 0; i < depth; i++) {
            out.write(INDENT);
        }
    }

    private void escape(String s, boolean attribute) throws IOException {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!isXmlChar(cp)) {
                throw new IllegalArgumentException(String.format("U+%04X cannot be written to XML 1.0", cp));
            }
            switch (cp) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '\r' -> out.write("&#13;");
                case '"' -> out.write(attribute ? "&quot;" : "\"");
                case '\n' -> out.write(attribute ? "&#10;" : "\n");
                case '\t' -> out.write(attribute ? "&#9;" : "\t");
                default -> out.write(Character.toChars(cp));
            }
            i += Character.charCount(cp);
        }
    }
}
