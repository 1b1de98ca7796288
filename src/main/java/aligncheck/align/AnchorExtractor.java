package aligncheck.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the anchors of a sentence: things a translation keeps, as string keys that are equal on both sides when
 * they match. Key kinds (the prefix before the colon) are listed in {@link AnchorKind}:
 * <ul>
 *   <li>{@code n:} numbers: Arabic and full-width digits, Chinese numerals ({@code 二〇一三}, {@code 十八},
 *       {@code 一百}), percentages by their value, dates by their parts ({@code 2013年1月5日} gives 2013, 1, 5 as
 *       {@code January 5, 2013} does);</li>
 *   <li>{@code w:} Latin tokens in the CJK text (GDP, URLs, acronyms), lower-cased;</li>
 *   <li>{@code name:} glossary names, by their index in {@link AlignHints#namePairs()};</li>
 *   <li>{@code p:} punctuation structure: question and exclamation marks, one per mark; a quotation opening
 *       ({@code p:q<}) and one closing ({@code p:q>}), each at most once per sentence, so that a sentence that
 *       opens a speech meets the one that opens its translation (the English side counts straight and curly
 *       double quotes, curly single quotes and apostrophes used as quotes: {@code 'Well?} opens,
 *       {@code enough?'} closes, {@code don't} is neither).</li>
 * </ul>
 * A key appears once per occurrence, so matching is by multiset intersection. Thread-safe and immutable.
 */
final class AnchorExtractor {
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[./:@_-][A-Za-z0-9]+)*");
    /** Chars a closing single quote follows in English speech ({@code enough?'}, {@code he said,'}). */
    private static final String CLOSES_SPEECH = ".,!?;:—-…";
    private static final Pattern ARABIC = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?");
    /** Chars after a small numeral that make it a number worth anchoring (date and time parts first). */
    private static final String DATE_CONTEXT = "年月日号號时時点點%";
    private static final String COUNT_CONTEXT = "个個位岁歲次届周週";
    /** Words written with numeral chars that are not numbers (十分 = very, 万一 = in case, 千万 = by all means). */
    private static final Set<String> IDIOMS = Set.of("十分", "万一", "千万", "万万", "一一", "一些", "一样", "统一");
    private static final Set<String> BARE_UNITS = Set.of("百", "千", "万", "亿");

    private final List<String> nameSources;
    private final List<Pattern> nameTargets;
    /** The distinct English sides (several source forms of one name share one), each scanned once per sentence. */
    private final List<EnglishSide> englishSides;

    /**
     * One set of English forms, its pattern and the name indices it stands for.
     *
     * @param lowerForms the forms lower-cased: the pattern can match only where one of them occurs in the
     *                   lower-cased text (checked first: a plain substring search is much cheaper than the regex);
     *                   null when a form has a char of irregular case, and the pattern always runs
     */
    private record EnglishSide(Pattern pattern, List<String> lowerForms, List<Integer> names) {
    }

    AnchorExtractor(List<AlignHints.NamePair> names) {
        nameSources = new ArrayList<>(names.size());
        nameTargets = new ArrayList<>(names.size());
        java.util.Map<List<String>, EnglishSide> sides = new java.util.LinkedHashMap<>();
        for (AlignHints.NamePair p : names) {
            nameSources.add(p.sourceForm());
            List<String> forms = p.englishForms().stream().filter(s -> !s.isBlank()).toList();
            if (forms.isEmpty()) {
                nameTargets.add(null);
                continue;
            }
            EnglishSide side = sides.computeIfAbsent(forms, f -> new EnglishSide(
                    Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", f.stream().map(Pattern::quote)
                            .toList()) + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    f.stream().allMatch(AnchorExtractor::plainCase)
                            ? f.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList() : null, new ArrayList<>()));
            side.names().add(nameTargets.size());
            nameTargets.add(side.pattern());
        }
        englishSides = List.copyOf(sides.values());
    }

    /** Anchors of a Chinese or Japanese sentence. */
    List<String> sourceKeys(String text) {
        List<String> keys = new ArrayList<>();
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        sourceNumbers(t, keys);
        Matcher m = LATIN.matcher(t);
        while (m.find()) {
            if (m.group().length() >= 2) {
                keys.add("w:" + m.group().toLowerCase(Locale.ROOT));
            }
        }
        for (int k = 0; k < nameSources.size(); k++) {
            String form = nameSources.get(k);
            if (!form.isEmpty() && text.contains(form) && nameTargets.get(k) != null) {
                keys.add("name:" + k);
            }
        }
        punctuation(t, keys);
        return keys;
    }

    /** Anchors of an English sentence (every Latin token is a candidate; only those a source uses matter). */
    List<String> targetKeys(String text) {
        List<String> keys = new ArrayList<>();
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        for (String n : EnglishNumbers.numbers(t)) {
            keys.add("n:" + n);
        }
        Matcher m = LATIN.matcher(t);
        while (m.find()) {
            if (m.group().length() >= 2) {
                keys.add("w:" + m.group().toLowerCase(Locale.ROOT));
            }
        }
        String lower = plainCase(text) ? text.toLowerCase(Locale.ROOT) : null;
        for (EnglishSide side : englishSides) {
            if (lower != null && side.lowerForms() != null && side.lowerForms().stream().noneMatch(lower::contains)) {
                continue;
            }
            Matcher nm = side.pattern().matcher(text);
            int found = 0;
            while (nm.find()) {
                found++;
            }
            for (int k : side.names()) {
                for (int i = 0; i < found; i++) {
                    keys.add("name:" + k);
                }
            }
        }
        punctuation(t, keys);
        return keys;
    }

    /**
     * True when every cased char of {@code text} is ASCII (and it has no surrogate): then lower-casing is all there
     * is to case-insensitive matching, and where a pattern matches, a form's lower case is a substring of the
     * text's. Other cased chars (é, ſ, the Kelvin sign, Greek sigma …) take the regex path.
     */
    private static boolean plainCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (Character.isSurrogate(c) || Character.isLowerCase(c) || Character.isUpperCase(c)
                    || Character.isTitleCase(c))) {
                return false;
            }
        }
        return true;
    }

    private static void punctuation(String t, List<String> keys) {
        boolean open = false;
        boolean close = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char prev = i > 0 ? t.charAt(i - 1) : ' ';
            char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
            switch (c) {
                case '?' -> keys.add("p:?");
                case '!' -> keys.add("p:!");
                case '“', '「', '『' -> open = true;
                case '”', '」', '』' -> close = true;
                case '"' -> {
                    if (Character.isLetterOrDigit(next) && !Character.isLetterOrDigit(prev)) {
                        open = true;
                    } else {
                        close = true;
                    }
                }
                case '‘', '\'' -> {
                    // an apostrophe inside or at the end of a word (don't, boys') is no quotation mark
                    if (!Character.isLetterOrDigit(prev) && Character.isLetter(next)) {
                        open = true;
                    } else if (!Character.isLetter(next) && CLOSES_SPEECH.indexOf(prev) >= 0) {
                        close = true;
                    }
                }
                case '’' -> {
                    if (!Character.isLetter(next) && CLOSES_SPEECH.indexOf(prev) >= 0) {
                        close = true;
                    }
                }
                default -> {
                }
            }
        }
        if (open) {
            keys.add(AnchorKind.QUOTE_OPEN);
        }
        if (close) {
            keys.add(AnchorKind.QUOTE_CLOSE);
        }
    }

    /** Numbers of an NFKC-normalised CJK sentence (full-width digits are ASCII by then). */
    private static void sourceNumbers(String t, List<String> keys) {
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                Matcher m = ARABIC.matcher(t).region(i, t.length());
                m.lookingAt();
                double v = Double.parseDouble(m.group().replace(",", ""));
                int end = m.end();
                if (end < t.length()) {
                    long u = ChineseNumeral.unit(t.charAt(end));
                    if (u >= 10_000) {
                        v *= u;
                    }
                }
                keys.add("n:" + EnglishNumbers.canonical(v));
                i = end;
                continue;
            }
            if (t.startsWith("百分之", i)) {
                i += 3;
                continue;
            }
            if (ChineseNumeral.isNumeralChar(c)) {
                int end = i;
                while (end < t.length() && ChineseNumeral.isNumeralChar(t.charAt(end))) {
                    end++;
                }
                String run = t.substring(i, end);
                long v = ChineseNumeral.parse(run);
                char next = end < t.length() ? t.charAt(end) : ' ';
                boolean date = DATE_CONTEXT.indexOf(next) >= 0
                        || i > 0 && (t.charAt(i - 1) == '第' || t.startsWith("百分之", Math.max(0, i - 3)));
                boolean count = COUNT_CONTEXT.indexOf(next) >= 0;
                boolean idiom = false;
                for (String w : IDIOMS) {
                    idiom |= t.startsWith(w, i) || i > 0 && t.startsWith(w, i - 1);
                }
                if (v >= 0 && !idiom && !BARE_UNITS.contains(run) && (v >= 10 || date || v >= 2 && count)) {
                    keys.add("n:" + v);
                }
                i = end;
                continue;
            }
            i++;
        }
    }
}
