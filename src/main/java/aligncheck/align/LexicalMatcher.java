package aligncheck.align;

import aligncheck.text.Sentence;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content words of both sides of a document as lexicon ids, and which of them find a translation in a given
 * sentence of the other side.
 *
 * <p>Source items: the words of a source sentence found by forward longest match against the lexicon (Han runs,
 * at most {@link BilingualLexicon#maxSourceWord()} chars; Japanese with a Japanese lexicon: {@link JapaneseWords}),
 * each with its sorted English lemma ids; target items:
 * the English content tokens of a target sentence with a lemma id. At most {@value #MAX_ITEMS} items per sentence
 * are kept, so one sentence pair's matches fit a {@code long} bit mask: {@link #sourceMask} has bit k set when
 * source item k of sentence i has a translation in target sentence j, {@link #targetMask} the same the other way.
 */
final class LexicalMatcher {
    static final int MAX_ITEMS = 64;
    /** Longest source word tried by longest match, in chars (CEDICT has idioms of 20 and more). */
    static final int MAX_MATCH = 8;
    private static final Pattern ENGLISH_TOKEN = Pattern.compile("[A-Za-z]+");

    private final int[][][] sourceItems;
    private final int[][] sourceIdSet;
    private final int[][] targetItems;
    private final int[][] targetIdSet;
    /** Weight of each item's evidence: the weight of the lexicon it came from. */
    private final double[][] sourceWeight;
    private final double[][] targetWeight;

    /** The items of a dictionary, each weighing {@code weight}. */
    LexicalMatcher(BilingualLexicon lexicon, List<Sentence> source, List<Sentence> target, double weight) {
        this(source.stream().map(s -> longestMatches(lexicon, s.text())).toArray(int[][][]::new), lexicon, target,
                weight);
    }

    /**
     * Source items already found ({@code sourceItems[i][k]}: the sorted English ids of item k of source sentence
     * i), target items the English content tokens of {@code target} in {@code vocabulary}'s ids.
     */
    LexicalMatcher(int[][][] sourceItems, BilingualLexicon vocabulary, List<Sentence> target, double weight) {
        this(sourceItems, target.stream().map(s -> targetWords(vocabulary, s.text())).toArray(int[][]::new), weight);
    }

    /**
     * From items already found: {@code sourceItems[i][k]} the sorted English ids translating item k of source
     * sentence i, {@code targetItems[j]} the English ids of the items of target sentence j (at most
     * {@value #MAX_ITEMS} items per sentence are used), each weighing {@code weight}.
     */
    LexicalMatcher(int[][][] sourceItems, int[][] targetItems, double weight) {
        this(sourceItems, targetItems, uniform(sourceItems, weight), uniform(targetItems, weight));
    }

    private static double[][] uniform(Object[] perSentence, double weight) {
        double[][] out = new double[perSentence.length][];
        for (int s = 0; s < out.length; s++) {
            out[s] = new double[Math.min(MAX_ITEMS, java.lang.reflect.Array.getLength(perSentence[s]))];
            Arrays.fill(out[s], weight);
        }
        return out;
    }

    private LexicalMatcher(int[][][] sourceItems, int[][] targetItems, double[][] sourceWeight,
                           double[][] targetWeight) {
        this.sourceWeight = sourceWeight;
        this.targetWeight = targetWeight;
        this.targetItems = new int[targetItems.length][];
        targetIdSet = new int[targetItems.length][];
        for (int j = 0; j < targetItems.length; j++) {
            this.targetItems[j] = Arrays.copyOf(targetItems[j], Math.min(MAX_ITEMS, targetItems[j].length));
            targetIdSet[j] = Arrays.stream(this.targetItems[j]).distinct().sorted().toArray();
        }
        // A source item's translations that no target sentence has can never set a mask bit: dropping them keeps
        // every mask as it was and makes sourceMask scale with the document's English, not with the dictionary.
        int[] inTarget = Arrays.stream(targetIdSet).flatMapToInt(Arrays::stream).distinct().sorted().toArray();
        this.sourceItems = new int[sourceItems.length][][];
        sourceIdSet = new int[sourceItems.length][];
        for (int i = 0; i < sourceItems.length; i++) {
            int[][] items = Arrays.copyOf(sourceItems[i], Math.min(MAX_ITEMS, sourceItems[i].length));
            for (int k = 0; k < items.length; k++) {
                items[k] = Arrays.stream(items[k]).filter(id -> Arrays.binarySearch(inTarget, id) >= 0).toArray();
            }
            this.sourceItems[i] = items;
            sourceIdSet[i] = Arrays.stream(items).flatMapToInt(Arrays::stream).distinct().sorted().toArray();
        }
    }

    /**
     * This matcher's items followed by another's, whose English ids are shifted past this one's so the two
     * vocabularies stay apart (an English word may then be an item twice, once per lexicon).
     */
    LexicalMatcher plus(LexicalMatcher other) {
        int shift = 1 + Math.max(maxId(sourceIdSet), maxId(targetIdSet));
        int[][][] src = new int[sourceItems.length][][];
        double[][] srcWeight = new double[sourceItems.length][];
        for (int i = 0; i < src.length; i++) {
            int[][] mine = sourceItems[i];
            int keep = Math.min(other.sourceItems[i].length, MAX_ITEMS - mine.length);
            src[i] = Arrays.copyOf(mine, mine.length + keep);
            srcWeight[i] = Arrays.copyOf(sourceWeight[i], mine.length + keep);
            for (int k = 0; k < keep; k++) {
                src[i][mine.length + k] = Arrays.stream(other.sourceItems[i][k]).map(id -> id + shift).toArray();
                srcWeight[i][mine.length + k] = other.sourceWeight[i][k];
            }
        }
        int[][] tgt = new int[targetItems.length][];
        double[][] tgtWeight = new double[targetItems.length][];
        for (int j = 0; j < tgt.length; j++) {
            int[] mine = targetItems[j];
            int keep = Math.min(other.targetItems[j].length, MAX_ITEMS - mine.length);
            tgt[j] = Arrays.copyOf(mine, mine.length + keep);
            tgtWeight[j] = Arrays.copyOf(targetWeight[j], mine.length + keep);
            for (int k = 0; k < keep; k++) {
                tgt[j][mine.length + k] = other.targetItems[j][k] + shift;
                tgtWeight[j][mine.length + k] = other.targetWeight[j][k];
            }
        }
        return new LexicalMatcher(src, tgt, srcWeight, tgtWeight);
    }

    double[][] sourceWeights() {
        return sourceWeight;
    }

    double[][] targetWeights() {
        return targetWeight;
    }

    private static int maxId(int[][] sortedSets) {
        int max = -1;
        for (int[] set : sortedSets) {
            if (set.length > 0) {
                max = Math.max(max, set[set.length - 1]);
            }
        }
        return max;
    }

    /**
     * The lexicon's words in {@code text} by forward longest match over its Han chars (at most
     * {@link BilingualLexicon#maxSourceWord()} chars, and {@value #MAX_MATCH}), each as its sorted English ids.
     */
    static int[][] longestMatches(BilingualLexicon lexicon, String text) {
        int[][] items = new int[MAX_ITEMS][];
        int count = 0;
        int p = 0;
        while (p < text.length() && count < MAX_ITEMS) {
            if (!Character.isIdeographic(text.codePointAt(p))) {
                p++;
                continue;
            }
            int found = 0;
            for (int len = Math.min(Math.min(lexicon.maxSourceWord(), MAX_MATCH), text.length() - p); len >= 1; len--) {
                int[] t = lexicon.translations(text.substring(p, p + len));
                if (t != null) {
                    items[count++] = t;
                    found = len;
                    break;
                }
            }
            p += Math.max(1, found);
        }
        return Arrays.copyOf(items, count);
    }

    private static int[] targetWords(BilingualLexicon lexicon, String text) {
        int[] items = new int[MAX_ITEMS];
        int count = 0;
        Matcher m = ENGLISH_TOKEN.matcher(text);
        while (m.find() && count < MAX_ITEMS) {
            int id = lexicon.tokenId(m.group().toLowerCase(Locale.ROOT));
            if (id >= 0) {
                items[count++] = id;
            }
        }
        return Arrays.copyOf(items, count);
    }

    /**
     * Chance that source item k of sentence i finds a translation in one target sentence picked at random: the
     * summed share of target sentences holding each of its translations, capped at 0.9.
     */
    double[][] sourceChance() {
        int[] df = documentFrequency(targetIdSet);
        double[][] out = new double[sourceItems.length][];
        for (int i = 0; i < sourceItems.length; i++) {
            out[i] = new double[sourceItems[i].length];
            for (int k = 0; k < sourceItems[i].length; k++) {
                double q = 0;
                for (int id : sourceItems[i][k]) {
                    q += id < df.length ? df[id] : 0;
                }
                out[i][k] = chance(q, targetIdSet.length);
            }
        }
        return out;
    }

    /** Chance that target item k of sentence j translates a word of a random source sentence (as above). */
    double[][] targetChance() {
        int[] df = documentFrequency(sourceIdSet);
        double[][] out = new double[targetItems.length][];
        for (int j = 0; j < targetItems.length; j++) {
            out[j] = new double[targetItems[j].length];
            for (int k = 0; k < targetItems[j].length; k++) {
                int id = targetItems[j][k];
                out[j][k] = chance(id < df.length ? df[id] : 0, sourceIdSet.length);
            }
        }
        return out;
    }

    private static double chance(double documentFrequency, int sentences) {
        return Math.min(0.9, (documentFrequency + 0.5) / (sentences + 1.0));
    }

    /** For each id, the number of sentences whose id set holds it. */
    private static int[] documentFrequency(int[][] idSets) {
        int max = 0;
        for (int[] set : idSets) {
            for (int id : set) {
                max = Math.max(max, id + 1);
            }
        }
        int[] df = new int[max];
        for (int[] set : idSets) {
            for (int id : set) {
                df[id]++;
            }
        }
        return df;
    }

    int sourceItemCount(int i) {
        return sourceItems[i].length;
    }

    int targetItemCount(int j) {
        return targetItems[j].length;
    }

    /** Bit k set when source item k of sentence i has a translation among the words of target sentence j. */
    long sourceMask(int i, int j) {
        long mask = 0;
        int[] there = targetIdSet[j];
        if (there.length == 0) {
            return 0;
        }
        int[][] items = sourceItems[i];
        for (int k = 0; k < items.length; k++) {
            for (int id : items[k]) {
                if (Arrays.binarySearch(there, id) >= 0) {
                    mask |= 1L << k;
                    break;
                }
            }
        }
        return mask;
    }

    /**
     * {@code out[v - from] = targetMask(i, v)} for the target sentences {@code [from, to)}: the same masks as
     * one call each, with source sentence i's ids marked once in {@code marks} (all false on entry and on return,
     * at least as long as the largest id + 1, see {@link #idLimit()}).
     */
    void targetMasks(int i, int from, int to, long[] out, boolean[] marks) {
        int[] ids = sourceIdSet[i];
        for (int id : ids) {
            marks[id] = true;
        }
        for (int v = from; v < to; v++) {
            long mask = 0;
            int[] items = targetItems[v];
            for (int k = 0; k < items.length; k++) {
                int id = items[k];
                if (id < marks.length && marks[id]) {
                    mask |= 1L << k;
                }
            }
            out[v - from] = mask;
        }
        for (int id : ids) {
            marks[id] = false;
        }
    }

    /** One more than the largest English id of either side: the size of the marks of {@link #targetMasks}. */
    int idLimit() {
        return Math.max(maxId(sourceIdSet), maxId(targetIdSet)) + 1;
    }

    /**
     * {@code out[v - from] = sourceMask(i, v)} for the target sentences {@code [from, to)}: the same masks as one
     * call each, each target sentence's ids marked once in {@code marks} instead of a binary search per id (all
     * false on entry and on return, at least {@link #idLimit()} long).
     */
    void sourceMasks(int i, int from, int to, long[] out, boolean[] marks) {
        int[][] items = sourceItems[i];
        for (int v = from; v < to; v++) {
            int[] there = targetIdSet[v];
            long mask = 0;
            if (there.length > 0 && items.length > 0) {
                for (int id : there) {
                    marks[id] = true;
                }
                for (int k = 0; k < items.length; k++) {
                    for (int id : items[k]) {
                        if (marks[id]) {
                            mask |= 1L << k;
                            break;
                        }
                    }
                }
                for (int id : there) {
                    marks[id] = false;
                }
            }
            out[v - from] = mask;
        }
    }

    /** Bit k set when target item k of sentence j translates some word of source sentence i. */
    long targetMask(int i, int j) {
        long mask = 0;
        int[] there = sourceIdSet[i];
        if (there.length == 0) {
            return 0;
        }
        int[] items = targetItems[j];
        for (int k = 0; k < items.length; k++) {
            if (Arrays.binarySearch(there, items[k]) >= 0) {
                mask |= 1L << k;
            }
        }
        return mask;
    }
}
