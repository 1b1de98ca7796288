package aligncheck.report;

/**
 * Escapes text for XML 1.0 and HTML content and attribute values: {@code & < > " '} become references, and the
 * characters XML 1.0 cannot carry at all (C0 controls other than tab, line feed and carriage return, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD. Line ends are kept in content and become {@code &#10;} and
 * {@code &#13;} in attributes, so that parsers do not normalize them to spaces.
 */
final class MarkupEscaper {
    private MarkupEscaper() {
    }

    static String content(CharSequence s) {
        return escape(s, false);
    }

    static String attribute(CharSequence s) {
        return escape(s, true);
    }

    private static String escape(CharSequence s, boolean attribute) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append(attribute ? "&#13;" : "\r");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
