package aligncheck.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the number expressions of a Chinese or Japanese text, left to right, without overlaps.
 *
 * <p>Context decides the kind of a {@link CjkNumeral numeral run}:
 * <ul>
 *   <li>{@code 第}N → ordinal; N{@code 届}/N{@code 世纪} → ordinal.</li>
 *   <li>{@code 百分之}N, N{@code %}, N{@code ％}, N{@code パーセント}, N{@code 个百分点} → percent;
 *       N{@code 成} (Chinese) and N{@code 割} (Japanese) → percent N×10.</li>
 *   <li>[Y{@code 年}]M{@code 月}[D{@code 日}|{@code 号}] → date or month; Y{@code 年} with Y a whole number
 *       1000–2999 → year (Japanese eras {@code 令和 平成 昭和} too, {@code 元年} = 1); D{@code 日} with D ≤ 31 →
 *       day (not {@code 日元}, {@code 日間}).</li>
 *   <li>The first number of a range takes the unit of the second: {@code 4〜6月}, {@code 22至26日}.</li>
 *   <li>Otherwise a number, if it is a figure (see {@link #isFigure}).</li>
 * </ul>
 * Skipped altogether: fractions ({@code 三分之二}), decades ({@code 90年代}), approximations ({@code 三四十},
 * {@code 几十}, {@code 数十}) and a few words that only look numeric ({@link #NOT_NUMBERS}).
 */
final class CjkNumberReader {

    /** Words whose numeral characters are not numbers ("very", "most urgent", "the Pentagon"). */
    static final List<String> NOT_NUMBERS = List.of("十分", "十万火急", "五角大楼", "五角大樓");

    /**
     * Measure words and units: a lone numeral character ({@code 三}, {@code 两}, {@code 十}) followed by one of these
     * is a figure ({@code 三人}, {@code 两名}); followed by anything else it is part of a word ({@code 两国},
     * {@code 三峡}, {@code 九州}).
     */
    static final List<String> MEASURE_WORDS = List.of(
            "个", "個", "位", "名", "人", "次", "回", "年", "岁", "歲", "歳", "天", "日", "周", "週", "月", "小时",
            "小時", "時間", "时", "時", "分钟", "分鐘", "分", "秒", "倍", "元", "円", "美元", "ドル", "欧元", "歐元",
            "ユーロ", "英镑", "英鎊", "港元", "卢布", "吨", "噸", "トン", "公斤", "千克", "克", "公里", "キロ", "米",
            "メートル", "英里", "平方", "亩", "畝", "公顷", "公頃", "架", "機", "艘", "隻", "辆", "輛", "台", "枚",
            "颗", "顆", "件", "项", "項", "条", "條", "家", "所", "座", "栋", "棟", "户", "戶", "戸", "届", "屆", "期",
            "批", "轮", "輪", "场", "場", "起", "例", "份", "种", "種", "类", "類", "度", "号", "號", "层", "層",
            "级", "級", "篇", "部", "本", "张", "張", "片", "支", "股", "笔", "筆", "票", "席", "处", "處", "间",
            "間", "块", "塊", "只", "头", "頭", "匹", "杯", "瓶", "箱", "套", "队", "隊", "组", "組", "社", "校",
            "軒", "カ国", "か国", "ヶ国", "ケ国", "カ月", "か月", "ヶ月", "ケ月", "つ", "世纪", "世紀", "季度",
            "点", "點", "代", "多", "余", "餘", "成", "割");

    private static final List<String> PERCENT_SUFFIXES = List.of("%", "％", "パーセント", "个百分点", "個百分點",
            "百分点", "百分點");
    private static final List<String> ORDINAL_COUNTERS = List.of("届", "屆", "世纪", "世紀");
    private static final String RANGE_MARKS = "〜～~-－–—至到";
    private static final String[] ERAS = {"令和", "平成", "昭和"};
    private static final int[] ERA_FIRST_YEARS = {2019, 1989, 1926};

    private final Language lang;

    CjkNumberReader(Language lang) {
        this.lang = lang;
    }

    List<NumberExpression> read(String text) {
        List<NumberExpression> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int next = readAt(text, i, out);
            i = Math.max(next, i + 1);
        }
        return out;
    }

    /** Reads what starts at {@code i}, adds any expression to {@code out}, returns where to go on. */
    private int readAt(String text, int i, List<NumberExpression> out) {
        String word = matchAny(text, i, NOT_NUMBERS);
        if (word != null && !startsWithAny(text, i + word.length(), List.of("钟", "鐘"))) {
            return i + word.length();
        }
        if (text.startsWith("百分之", i) || text.startsWith("第", i)) {
            boolean percent = text.charAt(i) == '百';
            int at = i + (percent ? 3 : 1);
            CjkNumeral n = CjkNumeral.read(text, at, lang);
            if (n == null) {
                return at;
            }
            Span span = new Span(i, n.end());
            if (percent && n.readable()) {
                out.add(NumberExpression.percent(text, span, n.value()));
            } else if (!percent && n.wholeIn(1, Long.MAX_VALUE)) {
                out.add(NumberExpression.ordinal(text, span, n.value().longValue()));
            }
            return n.end();
        }
        if (lang == Language.JA) {
            int era = readEraYear(text, i, out);
            if (era > i) {
                return era;
            }
        }
        CjkNumeral n = CjkNumeral.read(text, i, lang);
        if (n == null) {
            return i + 1;
        }
        if (!n.readable() || approximate(text, n)) {
            return n.end();
        }
        return classify(text, n, out);
    }

    /** {@code 几十人}, {@code 数十人}, {@code 十几个}: "dozens", "ten-odd" — not a figure. */
    private static boolean approximate(String text, CjkNumeral n) {
        if (n.arabic()) {
            return false;
        }
        char before = n.start() > 0 ? text.charAt(n.start() - 1) : ' ';
        char after = n.end() < text.length() ? text.charAt(n.end()) : ' ';
        return before == '几' || before == '幾' || before == '数' || before == '數' || after == '几' || after == '幾';
    }

    private int classify(String text, CjkNumeral n, List<NumberExpression> out) {
        int after = n.end();
        if (text.startsWith("分之", after)) {
            CjkNumeral numerator = CjkNumeral.read(text, after + 2, lang);
            return numerator == null ? after + 2 : numerator.end();
        }
        if (text.startsWith("年代", after)) {
            return after + 2;
        }
        if (text.startsWith("年", after) && n.wholeIn(1000, 2999) && !n.scaled()) {
            return readMonthDay(text, n.start(), n.intValue(), after + 1, out);
        }
        if (text.startsWith("月", after) && n.wholeIn(1, 12)) {
            return readMonthDay(text, n.start(), 0, n.start(), out);
        }
        if (text.startsWith("日", after) && n.wholeIn(1, 31) && !isLoneNonFigure(text, n)
                && !startsWithAny(text, after + 1, List.of("元", "圆", "圓", "間", "间"))) {
            out.add(NumberExpression.day(text, new Span(n.start(), after + 1), n.intValue()));
            return after + 1;
        }
        String percent = matchAny(text, skipSpace(text, after), PERCENT_SUFFIXES);
        if (percent != null) {
            int end = skipSpace(text, after) + percent.length();
            out.add(NumberExpression.percent(text, new Span(n.start(), end), n.value()));
            return end;
        }
        String tenths = lang == Language.ZH ? "成" : "割";
        if (text.startsWith(tenths, after) && n.wholeIn(1, 10) && !isLoneNonFigure(text, n)) {
            out.add(NumberExpression.percent(text, new Span(n.start(), after + 1),
                    n.value().multiply(BigDecimal.TEN)));
            return after + 1;
        }
        NumberExpression rangeStart = rangeStart(text, n);
        if (rangeStart != null) {
            out.add(rangeStart);
            return after;
        }
        if (isFigure(text, n)) {
            Span span = new Span(n.start(), after);
            boolean ordinal = matchAny(text, after, ORDINAL_COUNTERS) != null && n.wholeIn(1, Long.MAX_VALUE);
            out.add(ordinal ? NumberExpression.ordinal(text, span, n.value().longValue())
                    : NumberExpression.number(text, span, n.value()));
        }
        return after;
    }

    /**
     * The first number of a range of months or days, which takes its unit from the second: {@code 4〜6月} (April to
     * June), {@code 22至26日}; or null when {@code n} does not start such a range.
     */
    private NumberExpression rangeStart(String text, CjkNumeral n) {
        int at = n.end();
        if (at >= text.length() || RANGE_MARKS.indexOf(text.charAt(at)) < 0) {
            return null;
        }
        CjkNumeral second = CjkNumeral.read(text, at + 1, lang);
        if (second == null || !second.readable() || second.end() >= text.length()) {
            return null;
        }
        Span span = new Span(n.start(), n.end());
        char unit = text.charAt(second.end());
        if (unit == '月' && n.wholeIn(1, 12) && second.wholeIn(1, 12)) {
            return NumberExpression.month(text, span, 0, n.intValue());
        }
        if (unit == '日' && n.wholeIn(1, 31) && second.wholeIn(1, 31)) {
            return NumberExpression.day(text, span, n.intValue());
        }
        return null;
    }

    /**
     * At {@code at}: M月 with M in 1–12, then maybe D日/D号 with D in 1–31. Adds a date, a month, or (when
     * {@code year} is given and no month follows) the year; the expression spans from {@code start}.
     */
    private int readMonthDay(String text, int start, int year, int at, List<NumberExpression> out) {
        CjkNumeral m = CjkNumeral.read(text, at, lang);
        if (m != null && m.wholeIn(1, 12) && text.startsWith("月", m.end())) {
            int afterMonth = m.end() + 1;
            CjkNumeral d = CjkNumeral.read(text, afterMonth, lang);
            if (d != null && d.wholeIn(1, 31) && d.end() < text.length()
                    && "日号號".indexOf(text.charAt(d.end())) >= 0) {
                out.add(NumberExpression.date(text, new Span(start, d.end() + 1), year, m.intValue(), d.intValue()));
                return d.end() + 1;
            }
            out.add(NumberExpression.month(text, new Span(start, afterMonth), year, m.intValue()));
            return afterMonth;
        }
        if (year == 0) {
            throw new IllegalStateException("readMonthDay without a year needs a month at " + at);
        }
        out.add(NumberExpression.year(text, new Span(start, at), year));
        return at;
    }

    /** 令和7年, 平成元年: a Japanese era year, maybe followed by a month and day. */
    private int readEraYear(String text, int i, List<NumberExpression> out) {
        for (int e = 0; e < ERAS.length; e++) {
            if (!text.startsWith(ERAS[e], i)) {
                continue;
            }
            int at = i + ERAS[e].length();
            int number;
            int end;
            if (text.startsWith("元", at)) {
                number = 1;
                end = at + 1;
            } else {
                CjkNumeral n = CjkNumeral.read(text, at, lang);
                if (n == null || !n.wholeIn(1, 99)) {
                    return i;
                }
                number = n.intValue();
                end = n.end();
            }
            if (!text.startsWith("年", end)) {
                return i;
            }
            return readMonthDay(text, i, ERA_FIRST_YEARS[e] + number - 1, end + 1, out);
        }
        return i;
    }

    /**
     * Whether a run with no context of its own is a figure: always when it has Arabic digits or more than one
     * character ({@code 十四}, {@code 二十七}, {@code 两千}, {@code 二〇一三}); a single character only when a
     * measure word follows it and it is not {@code 一}/{@code 〇}/{@code 零} ({@code 一个}, {@code 一次} read as
     * "a", "once").
     */
    static boolean isFigure(String text, CjkNumeral n) {
        if (n.arabic() || n.length() > 1) {
            return true;
        }
        return !isLoneNonFigure(text, n) && matchAny(text, n.end(), MEASURE_WORDS) != null;
    }

    /** A single 一, 〇 or 零: "a", "once", "zero" in words, not a figure. */
    private static boolean isLoneNonFigure(String text, CjkNumeral n) {
        return n.length() == 1 && "一〇零壹".indexOf(text.charAt(n.start())) >= 0;
    }

    private static int skipSpace(String text, int i) {
        return i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000') ? i + 1 : i;
    }

    private static boolean startsWithAny(String text, int at, List<String> words) {
        return matchAny(text, at, words) != null;
    }

    /** The first of {@code words} that {@code text} has at {@code at}, or null. */
    private static String matchAny(String text, int at, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }
}
