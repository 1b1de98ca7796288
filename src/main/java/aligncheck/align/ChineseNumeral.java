package aligncheck.align;

/**
 * Value of a Chinese/Japanese numeral written in characters: positional digit strings ({@code 二〇一三} = 2013)
 * and unit notation ({@code 十八} = 18, {@code 一百} = 100, {@code 三万五千} = 35000, {@code 两千} = 2000).
 */
final class ChineseNumeral {
    private ChineseNumeral() {
    }

    /** Whether {@code c} can be part of a numeral in characters. */
    static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || unit(c) > 0;
    }

    /** 0–9 for a digit character (including 〇, 零, 两), -1 otherwise. */
    static int digit(char c) {
        return switch (c) {
            case '〇', '零', '○' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '兩', '贰' -> 2;
            case '三', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /** The multiplier of a unit character (十 = 10 … 亿 = 10⁸), 0 for anything else. */
    static long unit(char c) {
        return switch (c) {
            case '十', '拾' -> 10L;
            case '百', '佰' -> 100L;
            case '千', '仟' -> 1000L;
            case '万', '萬' -> 10_000L;
            case '亿', '億' -> 100_000_000L;
            default -> 0L;
        };
    }

    /**
     * The value of a run of numeral characters, or -1 when the run is not a well-formed numeral.
     * Digit-only runs of two or more digits are read positionally ({@code 二〇一三}).
     */
    static long parse(CharSequence s) {
        if (s.length() == 0) {
            return -1;
        }
        boolean hasUnit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isNumeralChar(c)) {
                return -1;
            }
            hasUnit |= unit(c) > 0;
        }
        if (!hasUnit) {
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + digit(s.charAt(i));
            }
            return v;
        }
        long total = 0;   // completed 亿 / 万 blocks
        long section = 0; // value below the current 万
        long pending = -1; // a digit waiting for its unit
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (pending > 0 && d > 0) {
                    return -1; // two digits in a row inside unit notation (一二十)
                }
                pending = d;
                continue;
            }
            long u = unit(c);
            if (u >= 10_000) {
                long block = section + Math.max(pending, 0);
                if (block == 0) {
                    block = 1;
                }
                total = u == 10_000 ? total + block * u : (total + block) * u;
                section = 0;
            } else {
                section += (pending < 0 ? 1 : pending) * u;
            }
            pending = -1;
        }
        return total + section + Math.max(pending, 0);
    }
}
