package aligncheck.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/** Interim version (replaced by the io branch): NFKC + Traditional→Simplified per code point, with offset map. */
public final class NormalizedText {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");

    private final String original;
    private final String normalized;
    private final int[] toOriginal;

    private NormalizedText(String original) {
        this.original = original;
        StringBuilder b = new StringBuilder(original.length());
        int[] map = new int[original.length() * 3 + 1];
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            String s = NFKC.normalize(new String(Character.toChars(cp)));
            synchronized (T2S) {
                s = T2S.transliterate(s);
            }
            s = fold(s);
            for (int k = 0; k < s.length(); k++) {
                if (b.length() >= map.length - 1) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                map[b.length()] = i;
                b.append(s.charAt(k));
            }
            i += Character.charCount(cp);
        }
        map[b.length()] = original.length();
        this.normalized = b.toString();
        this.toOriginal = java.util.Arrays.copyOf(map, b.length() + 1);
    }

    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u30FB', '\uFF65', '\u2022', '\u2027', '\u22C5', '\u2219' -> b.append('\u00B7');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\uFF0D' -> b.append('-');
                case '\u2019', '\u2018', '\u02BC', '\uFF07' -> b.append('\'');
                case '\u201C', '\u201D' -> b.append('"');
                default -> b.append(Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' ? ' ' : c);
            }
        }
        return b.toString();
    }

    public static NormalizedText of(String original) {
        return new NormalizedText(original);
    }

    public static String normalize(String s) {
        return of(s).normalized();
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    public int toOriginal(int normalizedOffset) {
        return toOriginal[normalizedOffset];
    }

    public Span toOriginal(Span span) {
        if (span.isEmpty()) {
            int p = toOriginal(span.start());
            return new Span(p, p);
        }
        int start = toOriginal[span.start()];
        int lastStart = toOriginal[span.end() - 1];
        int end = lastStart + Character.charCount(original.codePointAt(lastStart));
        return new Span(start, end);
    }
}
