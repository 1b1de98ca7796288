package aligncheck.align;

import aligncheck.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexicon learned from the document pair itself: source terms (bigrams of CJK letters) and
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
    /**
     * Fewest sentences per side worth learning from: on ja-en-dev (37–95 sentences per side) learning lowered
     * exact-match F1 from 0.835 to 0.817, on the Chinese sets (176+) it raised it.
     */
    static final int MIN_SENTENCES = 100;
    static final double MIN_DICE = 0.3;
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Set<String> STOP = Set.of("the", "and", "but", "not", "for", "with", "from", "that",
            "this", "these", "those", "there", "was", "were", "are", "been", "have", "has", "had", "his", "her",
            "him", "she", "they", "them", "their", "you", "your", "our", "who", "what", "which", "when", "then",
            "than", "would", "could", "should", "will", "shall", "can", "may", "might", "must", "all", "any",
            "some", "out", "into", "about", "over", "very", "also", "just", "too", "its", "did", "does");

    private DocumentLexicon() {
    }

    /**
     * Learns from {@code links} (a first alignment of source and target) and returns the matcher, its items
     * weighing {@code weight}. Terms and words found in more than {@link LexicalCost#P_TRANSLATED} of the links
     * are left out: the lexical cost ignores words that common anyway.
     */
    static LexicalMatcher learn(List<Sentence> source, List<Sentence> target, List<Link> links, double weight) {
        Map<String, Integer> termIds = new HashMap<>();
        Map<String, Integer> wordIds = new HashMap<>();
        int[][] terms = source.stream().map(s -> intern(sourceTerms(s.text()), termIds)).toArray(int[][]::new);
        int[][] words = target.stream().map(s -> intern(targetWords(s.text()), wordIds)).toArray(int[][]::new);
        List<int[][]> beads = new ArrayList<>();
        int[] termCount = new int[termIds.size()];
        int[] wordCount = new int[wordIds.size()];
        for (Link l : links) {
            if (l.source().isEmpty() || l.target().isEmpty()) {
                continue;
            }
            int[] xs = l.source().stream().flatMapToInt(i -> Arrays.stream(terms[i])).distinct().toArray();
            int[] ys = l.target().stream().flatMapToInt(j -> Arrays.stream(words[j])).distinct().toArray();
            for (int x : xs) {
                termCount[x]++;
            }
            for (int y : ys) {
                wordCount[y]++;
            }
            beads.add(new int[][] {xs, ys});
        }
        int tooCommon = (int) (LexicalCost.P_TRANSLATED * beads.size());
        PairCounts joint = new PairCounts(1 << 16);
        for (int[][] bead : beads) {
            for (int x : bead[0]) {
                if (termCount[x] < MIN_JOINT || termCount[x] > tooCommon) {
                    continue;
                }
                for (int y : bead[1]) {
                    if (wordCount[y] >= MIN_JOINT && wordCount[y] <= tooCommon) {
                        joint.increment(x, y);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> translations = new HashMap<>();
        Set<Integer> translatingWords = new HashSet<>();
        joint.forEach((x, y, c) -> {
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
            targetItems[j] = Arrays.stream(words[j]).filter(translatingWords::contains).toArray();
        }
        return new LexicalMatcher(sourceItems, targetItems, weight);
    }

    /** Counts of (term, word) id pairs: an open-addressing table from the packed pair to its count. */
    private static final class PairCounts {
        private long[] keys;
        private int[] counts;
        private int size;

        PairCounts(int capacity) {
            keys = new long[capacity];
            counts = new int[capacity];
            Arrays.fill(keys, -1L);
        }

        void increment(int x, int y) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            long key = ((long) x << 32) | y;
            int slot = slot(key, keys.length);
            while (keys[slot] != -1L && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            if (keys[slot] == -1L) {
                keys[slot] = key;
                size++;
            }
            counts[slot]++;
        }

        private static int slot(long key, int length) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & (length - 1);
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            Arrays.fill(keys, -1L);
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldKeys[k] != -1L) {
                    int slot = slot(oldKeys[k], keys.length);
                    while (keys[slot] != -1L) {
                        slot = (slot + 1) & (keys.length - 1);
                    }
                    keys[slot] = oldKeys[k];
                    counts[slot] = oldCounts[k];
                }
            }
        }

        interface PairConsumer {
            void accept(int x, int y, int count);
        }

        void forEach(PairConsumer consumer) {
            for (int k = 0; k < keys.length; k++) {
                if (keys[k] != -1L) {
                    consumer.accept((int) (keys[k] >>> 32), (int) keys[k], counts[k]);
                }
            }
        }
    }

    private static int[] intern(List<String> tokens, Map<String, Integer> ids) {
        return tokens.stream().distinct().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
    }

    /** Bigrams of CJK letters (Han, kana), in text order (single chars were measured to add noise, not F1). */
    static List<String> sourceTerms(String text) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < text.length(); p++) {
            char c = text.charAt(p);
            if (!isCjkLetter(c)) {
                continue;
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
