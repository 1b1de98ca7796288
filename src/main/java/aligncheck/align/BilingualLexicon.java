package aligncheck.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A Chinese → English word lexicon: which English words (as ids of their lemmas) translate a Chinese word.
 * English words are normalised to their lemma ({@code went} → {@code go}) and function words have no id, so
 * matching counts content words only.
 *
 * <p>{@link #ecdict()} is the lexicon inverted from ECDICT (the resource {@code ecdict.csv}, MIT): for every
 * common single English headword (one with a BNC or frequency rank, a Collins/Oxford mark or an exam tag) its
 * Chinese glosses (the translation column, split at ；,， and 、, part-of-speech marks, brackets and web
 * glosses dropped, 1–4 Han chars, a trailing 的/地 also stripped) become Chinese words translated by it.
 * Loaded once, lazily and thread-safely; immutable afterwards.
 *
 * <p>Dictionary files (EDICT for Japanese, CEDICT for Chinese) become lexicons through {@link DictionaryReader};
 * their English words get ECDICT's ids, so all lexicons share one English vocabulary.
 */
public final class BilingualLexicon {
    /** Chinese words with more translations than this are too vague to count. */
    private static final int MAX_TRANSLATIONS = 40;

    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "by", "for",
            "with", "from", "and", "or", "but", "not", "no", "be", "is", "am", "are", "was", "were", "been", "being",
            "have", "has", "had", "do", "does", "did", "he", "him", "his", "she", "her", "hers", "it", "its", "they",
            "them", "their", "we", "us", "our", "you", "your", "i", "me", "my", "mine", "this", "that", "these",
            "those", "there", "here", "what", "which", "who", "whom", "whose", "as", "so", "if", "then", "than",
            "will", "would", "shall", "should", "can", "could", "may", "might", "must", "all", "any", "some", "one",
            "up", "down", "out", "into", "about", "over", "very", "also", "just", "too", "yes", "oh", "ah", "o",
            "s", "t", "ll", "d", "re", "ve", "m", "ourself", "oneself", "itself", "himself", "herself");
    private static final String[] SUFFIXES = {"s", "es", "ed", "d", "ing", "ly"};
    private static final Pattern HEADWORD = Pattern.compile("[A-Za-z]+(?:-[a-z]+)?");
    private static final Pattern POS = Pattern.compile("^(?:[a-z]+\\.\\s*)+");
    private static final Pattern BRACKETS = Pattern.compile("\\[[^]]*]|【[^】]*】|（[^）]*）|\\([^)]*\\)|<[^>]*>");
    private static final Pattern GLOSS_SPLIT = Pattern.compile("[；;,，、]");
    private static final Pattern HAN_WORD = Pattern.compile("\\p{IsHan}{1,4}");

    private final Map<String, int[]> translations;
    private final Map<String, Integer> englishIds;
    private final int maxSourceWord;
    private final int idLimit;

    BilingualLexicon(Map<String, int[]> translations, Map<String, Integer> englishIds) {
        this.translations = translations;
        this.englishIds = englishIds;
        maxSourceWord = translations.keySet().stream().mapToInt(String::length).max().orElse(0);
        idLimit = 1 + englishIds.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
    }

    /** ECDICT, loaded once on first use (about a second) and timed. */
    static final Lazy<BilingualLexicon> ECDICT = new Lazy<>("ECDICT", BilingualLexicon::loadEcdict);

    /** The ECDICT lexicon, loaded on first use (about a second) and shared. */
    public static BilingualLexicon ecdict() {
        return ECDICT.get();
    }

    /** Reads ECDICT from the classpath afresh (for timing; use {@link #ecdict()} otherwise). */
    public static BilingualLexicon loadEcdict() {
        InputStream in = BilingualLexicon.class.getClassLoader().getResourceAsStream("ecdict.csv");
        if (in == null) {
            throw new IllegalStateException("ecdict.csv is not on the classpath (english-chinese-dictionary jar)");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return fromEcdict(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ecdict.csv", e);
        }
    }

    /** Builds the lexicon from ECDICT's CSV (header line first). */
    static BilingualLexicon fromEcdict(Reader csv) throws IOException {
        CsvRows rows = new CsvRows(csv);
        List<String> header = rows.next();
        if (header == null || !header.get(0).equals("word")) {
            throw new IOException("not an ECDICT csv: header " + header);
        }
        Map<String, String> lemmaOf = new HashMap<>();
        Map<String, List<String>> glossToWords = new HashMap<>();
        List<String> row;
        while ((row = rows.next()) != null) {
            if (row.size() < 11) {
                continue;
            }
            String word = row.get(0);
            if (!HEADWORD.matcher(word).matches()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            String lemma = lemma(row.get(10));
            if (lemma != null && HEADWORD.matcher(lemma).matches()) {
                lemmaOf.putIfAbsent(lower, lemma.toLowerCase(Locale.ROOT));
            }
            boolean common = !row.get(8).isEmpty() && !row.get(8).equals("0")
                    || !row.get(9).isEmpty() && !row.get(9).equals("0")
                    || !row.get(5).isEmpty() || row.get(6).equals("1") || !row.get(7).isEmpty();
            if (!common || STOP.contains(lower)) {
                continue;
            }
            for (String gloss : glosses(row.get(3))) {
                glossToWords.computeIfAbsent(gloss, g -> new ArrayList<>(2)).add(lower);
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        Map<String, int[]> translations = new HashMap<>();
        for (Map.Entry<String, List<String>> e : glossToWords.entrySet()) {
            TreeSet<Integer> targets = new TreeSet<>();
            for (String w : e.getValue()) {
                String lemma = lemmaOf.getOrDefault(w, w);
                if (!STOP.contains(lemma)) {
                    targets.add(ids.computeIfAbsent(lemma, x -> ids.size()));
                }
            }
            if (!targets.isEmpty() && targets.size() <= MAX_TRANSLATIONS) {
                translations.put(e.getKey(), targets.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        Map<String, Integer> englishIds = new HashMap<>(ids);
        for (Map.Entry<String, String> e : lemmaOf.entrySet()) {
            Integer id = ids.get(e.getValue());
            if (id != null) {
                englishIds.putIfAbsent(e.getKey(), id);
            }
        }
        return new BilingualLexicon(Map.copyOf(translations), Map.copyOf(englishIds));
    }

    /** The lemma ECDICT's exchange column names ({@code 0:go}), or null. */
    private static String lemma(String exchange) {
        for (String part : exchange.split("/")) {
            if (part.startsWith("0:")) {
                return part.substring(2);
            }
        }
        return null;
    }

    /** The Chinese words of one translation cell. */
    static List<String> glosses(String translation) {
        List<String> out = new ArrayList<>();
        for (String line : translation.split("\\\\n|\n")) {
            String l = line.strip();
            if (l.startsWith("[网络]")) {
                continue;
            }
            l = BRACKETS.matcher(POS.matcher(l).replaceFirst("")).replaceAll("");
            for (String g : GLOSS_SPLIT.split(l)) {
                String w = g.strip();
                if (HAN_WORD.matcher(w).matches()) {
                    out.add(w);
                    if (w.length() >= 3 && (w.endsWith("的") || w.endsWith("地"))) {
                        out.add(w.substring(0, w.length() - 1));
                    }
                }
            }
        }
        return out;
    }

    /** Built from explicit pairs (Chinese word → English words), for tests and small custom lexicons. */
    public static BilingualLexicon of(Map<String, List<String>> pairs) {
        Map<String, Integer> ids = new HashMap<>();
        Map<String, int[]> translations = new HashMap<>();
        pairs.forEach((zh, ens) -> translations.put(zh, ens.stream()
                .map(e -> e.toLowerCase(Locale.ROOT)).filter(e -> !STOP.contains(e))
                .mapToInt(e -> ids.computeIfAbsent(e, x -> ids.size())).distinct().sorted().toArray()));
        return new BilingualLexicon(Map.copyOf(translations), Map.copyOf(ids));
    }

    /**
     * This lexicon with another's words added; both must share one English vocabulary (the other built over this
     * one's, as {@link DictionaryReader} does over ECDICT's). A word in both gets the union of its translations.
     */
    BilingualLexicon plus(BilingualLexicon other) {
        Map<String, int[]> merged = new HashMap<>(translations);
        other.translations.forEach((w, ids) -> merged.merge(w, ids,
                (a, b) -> IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().sorted().toArray()));
        Map<String, Integer> english = new HashMap<>(englishIds);
        other.englishIds.forEach(english::putIfAbsent);
        return new BilingualLexicon(Map.copyOf(merged), Map.copyOf(english));
    }

    /** This lexicon's words with the English words of {@code base} added to its vocabulary (ids kept). */
    BilingualLexicon plusVocabularyOf(BilingualLexicon base) {
        Map<String, Integer> english = new HashMap<>(base.englishIds);
        englishIds.forEach(english::putIfAbsent);
        return new BilingualLexicon(translations, Map.copyOf(english));
    }

    /** English lemma ids translating a Chinese word (sorted), or null when it is not in the lexicon. */
    int[] translations(String chineseWord) {
        return translations.get(chineseWord);
    }

    /** Id of an English token's lemma (lower-cased token), or -1 for a function word or an unknown word. */
    int englishId(String lowerToken) {
        if (STOP.contains(lowerToken)) {
            return -1;
        }
        Integer id = englishIds.get(lowerToken);
        return id == null ? -1 : id;
    }

    /**
     * Lemma id of an English token (lower-cased), trying common inflection endings ({@code -s, -es, -ed, -d,
     * -ing, -ly}) when the token itself is unknown; -1 for a function word or an unknown word.
     */
    int tokenId(String lowerToken) {
        int id = englishId(lowerToken);
        if (id >= 0 || lowerToken.length() < 4) {
            return id;
        }
        for (String suffix : SUFFIXES) {
            if (lowerToken.endsWith(suffix)) {
                id = englishId(lowerToken.substring(0, lowerToken.length() - suffix.length()));
                if (id >= 0) {
                    return id;
                }
            }
        }
        return -1;
    }

    /** Whether an English word (lower-cased) is a function word, which has no id. */
    static boolean isFunctionWord(String lower) {
        return STOP.contains(lower);
    }

    /** Longest source word held, in chars. */
    int maxSourceWord() {
        return maxSourceWord;
    }

    /** One more than the largest English id: where a vocabulary extending this one starts its new ids. */
    int idLimit() {
        return idLimit;
    }

    public int sourceWords() {
        return translations.size();
    }

    public int englishWords() {
        return englishIds.size();
    }
}
