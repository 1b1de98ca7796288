package aligncheck.align;

import aligncheck.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexicon learned from the document pair itself: source terms (CJK char bigrams and single Han chars) and
 * English words that keep turning up in the same links of a first alignment. Works for any source language and
 * for words no dictionary has (names, domain terms).
 *
 * <p>Association is the Dice coefficient over links with both sides non-empty:
 * {@code 2·c(x,y) / (c(x) + c(y))}, counting each term and word once per link; a pair is kept when it co-occurs in
 * at least {@value #MIN_JOINT} links and its Dice is at least {@value #MIN_DICE}. The result is a
 * {@link LexicalMatcher} over the document: the source items of a sentence are its terms with kept translations,
 * the target items of a sentence are its words that translate some kept term.
 */
final class DocumentLexicon {
    static final int MIN_JOINT = 2;
    static final double MIN_DICE = 0.3;
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Set<String> STOP = Set.of("the", "and", "but", "not", "for", "with", "from", "that",
            "this", "these", "those", "there", "was", "were", "are", "been", "have", "has", "had", "his", "her",
            "him", "she", "they", "them", "their", "you", "your", "our", "who", "what", "which", "when", "then",
            "than", "would", "could", "should", "will", "shall", "can", "may", "might", "must", "all", "any",
            "some", "out", "into", "about", "over", "very", "also", "just", "too", "its", "did", "does");

    private DocumentLexicon() {
    }

    /** Learns from {@code links} (a first alignment of source and target) and returns the matcher. */
    static LexicalMatcher learn(List<Sentence> source, List<Sentence> target, List<Link> links) {
        Map<String, Integer> termIds = new HashMap<>();
        Map<String, Integer> wordIds = new HashMap<>();
        int[][] terms = source.stream().map(s -> intern(sourceTerms(s.text()), termIds)).toArray(int[][]::new);
        int[][] words = target.stream().map(s -> intern(targetWords(s.text()), wordIds)).toArray(int[][]::new);
        int[] termCount = new int[termIds.size()];
        int[] wordCount = new int[wordIds.size()];
        Map<Long, Integer> joint = new HashMap<>();
        for (Link l : links) {
            if (l.source().isEmpty() || l.target().isEmpty()) {
                continue;
            }
            Set<Integer> xs = new LinkedHashSet<>();
            l.source().forEach(i -> { for (int x : terms[i]) { xs.add(x); } });
            Set<Integer> ys = new LinkedHashSet<>();
            l.target().forEach(j -> { for (int y : words[j]) { ys.add(y); } });
            xs.forEach(x -> termCount[x]++);
            ys.forEach(y -> wordCount[y]++);
            for (int x : xs) {
                for (int y : ys) {
                    joint.merge(((long) x << 32) | y, 1, Integer::sum);
                }
            }
        }
        Map<Integer, List<Integer>> translations = new HashMap<>();
        Set<Integer> translatingWords = new java.util.HashSet<>();
        joint.forEach((key, c) -> {
            int x = (int) (key >>> 32);
            int y = (int) (long) key;
            if (c >= MIN_JOINT && 2.0 * c / (termCount[x] + wordCount[y]) >= MIN_DICE) {
                translations.computeIfAbsent(x, k -> new ArrayList<>()).add(y);
                translatingWords.add(y);
            }
        });
        int[][][] sourceItems = new int[source.size()][][];
        for (int i = 0; i < source.size(); i++) {
            List<int[]> items = new ArrayList<>();
            for (int x : terms[i]) {
                List<Integer> t = translations.get(x);
                if (t != null) {
                    items.add(t.stream().mapToInt(Integer::intValue).sorted().toArray());
                }
            }
            sourceItems[i] = items.toArray(int[][]::new);
        }
        int[][] targetItems = new int[target.size()][];
        for (int j = 0; j < target.size(); j++) {
            targetItems[j] = java.util.Arrays.stream(words[j]).filter(translatingWords::contains).toArray();
        }
        return new LexicalMatcher(sourceItems, targetItems);
    }

    private static int[] intern(List<String> tokens, Map<String, Integer> ids) {
        return tokens.stream().distinct().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
    }

    /** Single Han chars and bigrams of CJK letters (Han, kana), in text order. */
    static List<String> sourceTerms(String text) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < text.length(); p++) {
            char c = text.charAt(p);
            if (!isCjkLetter(c)) {
                continue;
            }
            if (Character.isIdeographic(c)) {
                out.add(String.valueOf(c));
            }
            if (p + 1 < text.length() && isCjkLetter(text.charAt(p + 1))) {
                out.add(text.substring(p, p + 2));
            }
        }
        return out;
    }

    private static boolean isCjkLetter(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    /** Lower-cased English words of three letters or more, function words dropped, plural/past endings cut. */
    static List<String> targetWords(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (STOP.contains(w)) {
                continue;
            }
            if (w.length() > 4 && w.endsWith("ies")) {
                w = w.substring(0, w.length() - 3) + "y";
            } else if (w.length() > 4 && (w.endsWith("ed") || w.endsWith("es"))) {
                w = w.substring(0, w.length() - 2);
            } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
                w = w.substring(0, w.length() - 1);
            }
            out.add(w);
        }
        return out;
    }
}
