package aligncheck.names;

import aligncheck.text.Span;

/**
 * A CJK sentence with the white space between two CJK characters removed (a line break inside a name, in hard-
 * wrapped text), with offsets back to the original. Immutable.
 */
record CompactText(String original, String text, int[] toOriginal) {
    static CompactText of(String original) {
        StringBuilder b = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c) && i > 0 && isCjk(original.charAt(i - 1)) && nextIsCjk(original, i)) {
                continue;
            }
            map[n++] = i;
            b.append(c);
        }
        map[n] = original.length();
        return new CompactText(original, b.toString(), java.util.Arrays.copyOf(map, n + 1));
    }

    private static boolean nextIsCjk(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        return j < s.length() && isCjk(s.charAt(j));
    }

    static boolean isCjk(char c) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.KATAKANA
                || sc == Character.UnicodeScript.HIRAGANA || c == '·' || c == '・' || c == 'ー' || c == '々';
    }

    /** The original span of a compact span. */
    Span original(int start, int end) {
        int s = toOriginal[start];
        int e = end == 0 ? s : toOriginal[end - 1] + 1;
        return new Span(s, e);
    }

    /** The compact offset of an original offset (rounded up past removed white space). */
    int compact(int originalOffset) {
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toOriginal[mid] < originalOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
