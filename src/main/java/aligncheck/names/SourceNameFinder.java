package aligncheck.names;

import aligncheck.glossary.GlossarySet;
import aligncheck.names.NameDictionary.Type;
import aligncheck.text.Language;
import aligncheck.text.NormalizedText;
import aligncheck.text.Span;
import com.atilika.kuromoji.ipadic.Token;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds the names in a Chinese or Japanese sentence that the glossaries do not cover.
 *
 * <ul>
 *   <li>Chinese: runs of {@link TransliterationCharacters} that ICU's word segmentation does not bind into a word
 *       with other characters (赫格塞思 in 赫格塞思希望, not 希), joined by middle dots, at least three characters
 *       or with a dot; a Chinese person name after a title (发言人林剑); ICU place names are places.</li>
 *   <li>Japanese: katakana runs (joined by ・ or ＝) that Kuromoji does not know as common words; kanji person
 *       names from Kuromoji's surname and given-name tags, the given name extended to the longest one ENAMDICT
 *       lists when installed (赤沢亮正, where Kuromoji reads 亮 and 正 apart).</li>
 * </ul>
 * Spans in {@code masked} (the glossary names) are never part of a name. Stateless apart from its data;
 * thread-safe.
 */
public final class SourceNameFinder {
    private static final String DOTS = "·・･•‧⋅∙=＝";
    private static final String TITLES_ZH = "发言人|部长|外长|防长|主席|总理|总统|大使|首相|书记|市长|省长|议员|主任|院长|"
            + "局长|司长|委员长|委员|会长|总裁|董事长|教授|记者|副总理|副主席|代表|特使|县长|校长|主委";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
            + "万钱严覃武戴莫孔向汤赖洪侯柯翁蔡";
    private static final String NAME_END_ZH = "在说表称指出强调与和对于的也则还就将已曾今昨日月向会访出回答宣发等及并"
            + "，。、；：！？“”（）";
    private static final Set<String> HONORIFICS_JA = Set.of("氏", "さん", "様", "首相", "大統領", "長官", "報道官",
            "議員", "大臣", "相", "知事", "市長", "代表", "総裁", "幹事長", "委員長", "大使", "外相", "副大統領");

    private final Language language;
    private final TransliterationCharacters transliteration;
    private final Supplier<Optional<NameDictionary>> dictionary;
    private final PlaceNames places;

    public SourceNameFinder(Language language, GlossarySet glossaries, Supplier<Optional<NameDictionary>> dictionary) {
        this.language = language;
        this.transliteration = TransliterationCharacters.of(glossaries);
        this.dictionary = dictionary;
        this.places = PlaceNames.icu();
    }

    public Language language() {
        return language;
    }

    /** The names in {@code sentence} outside the {@code masked} spans, in text order. */
    public List<SourceName> find(String sentence, List<Span> masked) {
        CompactText c = CompactText.of(sentence);
        List<Span> m = masked.stream().map(s -> new Span(c.compact(s.start()), c.compact(s.end()))).toList();
        List<SourceName> found = language == Language.JA ? japanese(c, m) : chinese(c, m);
        return found.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList();
    }

    // ------------------------------------------------------------------ Chinese

    private List<SourceName> chinese(CompactText c, List<Span> masked) {
        String s = c.text();
        List<SourceName> out = new ArrayList<>();
        BreakIterator bi = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        String norm = NormalizedText.normalize(s);
        boolean sameLength = norm.length() == s.length();
        bi.setText(sameLength ? norm : s);
        int runStart = -1;
        int runEnd = -1;
        int start = bi.first();
        for (int end = bi.next(); end != BreakIterator.DONE; start = end, end = bi.next()) {
            String token = (sameLength ? norm : s).substring(start, end);
            boolean dot = token.length() == 1 && DOTS.indexOf(token.charAt(0)) >= 0;
            boolean translit = !dot && allTransliteration(token) && !overlaps(masked, start, end);
            if (translit || dot && runStart >= 0) {
                if (runStart < 0) {
                    runStart = start;
                }
                runEnd = end;
            } else {
                addChineseRun(c, runStart, runEnd, out);
                runStart = -1;
            }
        }
        addChineseRun(c, runStart, runEnd, out);
        out.addAll(chinesePersons(c, masked, out));
        return out;
    }

    private void addChineseRun(CompactText c, int start, int end, List<SourceName> out) {
        if (start < 0) {
            return;
        }
        String s = c.text();
        while (end > start && DOTS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        String run = s.substring(start, end);
        List<String> parts = splitParts(run);
        int chars = parts.stream().mapToInt(String::length).sum();
        if (parts.isEmpty() || chars < 2 || parts.size() == 1 && chars < 3) {
            return;
        }
        String key = key(parts);
        NameKind kind = places.english(run).isPresent() ? NameKind.PLACE : NameKind.TRANSLITERATED;
        Span span = c.original(start, end);
        out.add(new SourceName(span, span.of(c.original()), kind, parts, key));
    }

    private boolean allTransliteration(String token) {
        if (token.isEmpty()) {
            return false;
        }
        String norm = NormalizedText.normalize(token);
        return norm.codePoints().allMatch(transliteration::contains);
    }

    /** A Chinese person name right after a title: a common surname and one or two more characters. */
    private List<SourceName> chinesePersons(CompactText c, List<Span> masked, List<SourceName> already) {
        String s = c.text();
        String norm = NormalizedText.normalize(s);
        List<SourceName> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:" + TITLES_ZH + ")").matcher(norm);
        while (m.find()) {
            int at = m.end();
            if (at + 2 > norm.length() || SURNAMES.indexOf(norm.charAt(at)) < 0) {
                continue;
            }
            int len = 2;
            if (at + 3 <= norm.length() && isHan(norm.charAt(at + 2)) && NAME_END_ZH.indexOf(norm.charAt(at + 2)) < 0) {
                len = 3;
            }
            if (!isHan(norm.charAt(at + 1)) || NAME_END_ZH.indexOf(norm.charAt(at + 1)) >= 0
                    || overlaps(masked, at, at + len)) {
                continue;
            }
            int fin = at + len;
            if (already.stream().anyMatch(n -> n.span().overlaps(c.original(at, fin)))) {
                continue;
            }
            List<String> parts = List.of(s.substring(at, at + 1), s.substring(at + 1, fin));
            Span span = c.original(at, fin);
            out.add(new SourceName(span, span.of(c.original()), NameKind.HAN_PERSON, parts, key(parts)));
        }
        return out;
    }

    // ------------------------------------------------------------------ Japanese

    private List<SourceName> japanese(CompactText c, List<Span> masked) {
        String s = c.text();
        List<Token> tokens = JapaneseTokens.of(s);
        List<SourceName> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Token t = tokens.get(i);
            int start = t.getPosition();
            if (overlaps(masked, start, start + t.getSurface().length())) {
                i++;
                continue;
            }
            if (isKatakana(t.getSurface())) {
                i = katakanaRun(c, tokens, i, masked, out);
            } else if (isKanji(t.getSurface()) && (JapaneseTokens.isSurname(t)
                    || i + 1 < tokens.size() && JapaneseTokens.isGivenName(tokens.get(i + 1))
                    && isKanji(tokens.get(i + 1).getSurface()))) {
                i = kanjiName(c, tokens, i, masked, out);
            } else {
                i++;
            }
        }
        return out;
    }

    private int katakanaRun(CompactText c, List<Token> tokens, int i, List<Span> masked, List<SourceName> out) {
        int j = i;
        boolean proper = false;
        boolean unknown = false;
        boolean allPlaces = true;
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            String surface = t.getSurface();
            int pos = t.getPosition();
            if (overlaps(masked, pos, pos + surface.length())) {
                break;
            }
            if (isKatakana(surface)) {
                part.append(surface);
                proper |= JapaneseTokens.isProperNoun(t);
                unknown |= !t.isKnown();
                allPlaces &= JapaneseTokens.isPlace(t);
            } else if (surface.length() == 1 && DOTS.indexOf(surface.charAt(0)) >= 0 && part.length() > 0
                    && j + 1 < tokens.size() && isKatakana(tokens.get(j + 1).getSurface())) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                break;
            }
            j++;
        }
        if (part.length() > 0) {
            parts.add(part.toString());
        }
        int start = tokens.get(i).getPosition();
        Token last = tokens.get(j - 1);
        int end = last.getPosition() + last.getSurface().length();
        boolean beforeHonorific = j < tokens.size() && HONORIFICS_JA.contains(tokens.get(j).getSurface());
        int chars = parts.stream().mapToInt(String::length).sum();
        if (chars >= 2 && (proper || unknown || beforeHonorific || parts.size() > 1)) {
            String text = c.text().substring(start, end);
            NameKind kind = allPlaces && proper || places.english(text).isPresent() ? NameKind.PLACE : NameKind.KATAKANA;
            Span span = c.original(start, end);
            out.add(new SourceName(span, span.of(c.original()), kind, parts, key(parts)));
        }
        return Math.max(j, i + 1);
    }

    private int kanjiName(CompactText c, List<Token> tokens, int i, List<Span> masked, List<SourceName> out) {
        Token surname = tokens.get(i);
        int start = surname.getPosition();
        int end = start + surname.getSurface().length();
        String s = c.text();
        int given = givenNameEnd(s, tokens, i + 1, masked);
        List<String> parts = new ArrayList<>();
        parts.add(surname.getSurface());
        int next = i + 1;
        if (given > end && HONORIFICS_JA.stream().anyMatch(h -> s.startsWith(h, end0(surname)))) {
            given = -1;
        }
        if (given > end) {
            parts.add(s.substring(end, given));
            while (next < tokens.size() && tokens.get(next).getPosition() < given) {
                next++;
            }
            end = given;
        } else {
            boolean honorific = next < tokens.size() && HONORIFICS_JA.contains(tokens.get(next).getSurface());
            boolean known = surname.getSurface().length() >= 2 || honorific;
            if (!known || !JapaneseTokens.isSurname(surname)) {
                return i + 1;
            }
        }
        Span span = c.original(start, end);
        out.add(new SourceName(span, span.of(c.original()), NameKind.KANJI_PERSON, parts, String.join("", parts)));
        return next;
    }

    /**
     * Where the given name after a surname ends, or the surname's end when there is none: the longest run of
     * kanji (at most four) that ENAMDICT lists as a given name, else Kuromoji's given-name tokens and the one-kanji
     * tokens it leaves around them (正 of 亮正, 元 of 中谷元).
     */
    private int givenNameEnd(String s, List<Token> tokens, int from, List<Span> masked) {
        if (from >= tokens.size()) {
            return -1;
        }
        int start = tokens.get(from).getPosition();
        int kanjiEnd = start;
        while (kanjiEnd < s.length() && kanjiEnd - start < 4 && isKanji(s.substring(kanjiEnd, kanjiEnd + 1))) {
            kanjiEnd++;
        }
        Optional<NameDictionary> dict = dictionary.get();
        if (dict.isPresent()) {
            for (int e = kanjiEnd; e > start; e--) {
                if (dict.get().has(s.substring(start, e), Type.GIVEN) && isTokenBoundary(tokens, e)
                        && !overlaps(masked, start, e)) {
                    return e;
                }
            }
        }
        int end = -1;
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String surface = t.getSurface();
            boolean name = JapaneseTokens.isGivenName(t) && isKanji(surface);
            boolean loose = surface.length() == 1 && isKanji(surface) && end >= 0;
            boolean firstLoose = k == from && surface.length() == 1 && isKanji(surface)
                    && "名詞接続".equals(t.getPartOfSpeechLevel2());
            if ((name || loose || firstLoose) && !overlaps(masked, t.getPosition(), t.getPosition() + surface.length())
                    && t.getPosition() + surface.length() - start <= 3) {
                end = t.getPosition() + surface.length();
                if (!name && !firstLoose) {
                    break;
                }
            } else {
                break;
            }
        }
        return end;
    }

    private static int end0(Token t) {
        return t.getPosition() + t.getSurface().length();
    }

    private static boolean isTokenBoundary(List<Token> tokens, int offset) {
        for (Token t : tokens) {
            if (t.getPosition() == offset || t.getPosition() + t.getSurface().length() == offset) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ shared

    private static List<String> splitParts(String run) {
        List<String> parts = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < run.length(); i++) {
            char ch = run.charAt(i);
            if (DOTS.indexOf(ch) >= 0 || Character.isWhitespace(ch)) {
                if (b.length() > 0) {
                    parts.add(b.toString());
                    b.setLength(0);
                }
            } else {
                b.append(ch);
            }
        }
        if (b.length() > 0) {
            parts.add(b.toString());
        }
        return parts;
    }

    /** The identity of a name across a document: its parts normalized and joined. */
    static String key(List<String> parts) {
        return NormalizedText.normalize(String.join("", parts)).replace(" ", "");
    }

    private static boolean overlaps(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isKatakana(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= 0x30A1 && c <= 0x30FA || c == 'ー');
    }

    static boolean isKanji(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c == '々');
    }
}
