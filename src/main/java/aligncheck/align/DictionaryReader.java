package aligncheck.align;

import aligncheck.io.InputException;
import aligncheck.text.Language;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a bilingual dictionary file in EDICT (Japanese) or CEDICT (Chinese) format into a
 * {@link BilingualLexicon} whose English side extends ECDICT's vocabulary, so that both lexicons give an English
 * word the same lemma id ({@code innovations} and {@code innovation} one id, as in ECDICT).
 *
 * <p>Formats, told apart by the shape of the first entry line:
 * <ul>
 * <li>EDICT: {@code 漢字 [かんじ] /(n) Chinese characters/kanji/(P)/} (the reading optional, the gloss list may
 * be empty: {@code ４° [しど] /}; EDICT2's
 * {@code 漢字(P);漢じ [かんじ]} headword lists too). The headword is indexed, and the reading also when the entry
 * is marked {@code (uk)} (usually written in kana). EDICT's {@code 　？？？ /EDICT…/} header line is skipped.</li>
 * <li>CEDICT: {@code 傳統 传统 [chuan2 tong3] /tradition/traditional/}: traditional and simplified headwords both
 * indexed; lines starting with {@code #} are comments.</li>
 * </ul>
 * Blank lines are skipped; any other line that does not have the format's shape is an error naming the file and
 * line ({@link InputException}): a dictionary given by hand should not be half read in silence.
 *
 * <p>Glosses: parenthesised and braced markers ({@code (n)}, {@code (P)}, {@code (vs)}, {@code (1)},
 * {@code {comp}}, {@code (music)}) are dropped, then a leading {@code to} (verbs); a gloss of at most
 * {@link #MAX_GLOSS_WORDS} words (one: {@code reform}, {@code to promote}) gives its content words (function words
 * have no id), longer glosses (phrases and definitions rather than translations) are skipped. Words ECDICT knows get ECDICT's lemma id (inflections tried as for text
 * tokens), others a new id past ECDICT's. A headword with more than {@value #MAX_TRANSLATIONS} English words is
 * too vague to count and is left out.
 *
 * <p>Encoding: UTF-8 when the bytes decode as such, else EUC-JP (Debian's EDICT); both decoded strictly, a file
 * that is neither is an error.
 */
public final class DictionaryReader {
    /**
     * Most words of a gloss kept as a translation. On ja-en-dev (EDICT) single-word glosses measured best:
     * exact F1 0.869 against 0.840 with glosses of up to two or three words (all their words, or the last only).
     */
    static final int MAX_GLOSS_WORDS = 1;
    private static final int MAX_TRANSLATIONS = 40;
    private static final Charset EUC_JP = Charset.forName("EUC-JP");
    private static final Pattern CEDICT = Pattern.compile("^(\\S+) (\\S+) \\[([^\\]]*)\\] /(.*)/\\s*$");
    private static final Pattern EDICT = Pattern.compile("^(\\S+)(?: \\[([^\\]]+)\\])? /(?:(.*)/)?\\s*$");
    private static final Pattern MARKERS = Pattern.compile("\\([^)]*\\)|\\{[^}]*\\}|\\[[^\\]]*\\]");
    private static final String EDICT_HEADER = "　？？？";

    /** Which entries to keep. */
    public enum Entries {
        /** Every entry. */
        ALL,
        /** EDICT entries marked {@code (P)} (common words) only; CEDICT has no such mark and keeps all. */
        COMMON
    }

    /**
     * A dictionary read.
     *
     * @param file     the file read
     * @param language the source language of its headwords (EDICT: ja, CEDICT: zh)
     * @param lexicon  headword → English lemma ids, the English side extending the base vocabulary
     * @param entries  entry lines read (kept or not)
     */
    public record Dictionary(Path file, Language language, BilingualLexicon lexicon, int entries) {
    }

    private final BilingualLexicon english;
    private final Entries keep;

    /**
     * @param english the lexicon whose English vocabulary (lemma ids) the dictionaries extend: ECDICT
     * @param keep    which entries to keep
     */
    public DictionaryReader(BilingualLexicon english, Entries keep) {
        this.english = english;
        this.keep = keep;
    }

    /** Reads {@code file}; see the class comment for formats, encodings and errors. */
    public Dictionary read(Path file) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, "no such file", e);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        return parse(file, decode(file, bytes));
    }

    private static String decode(Path file, byte[] bytes) throws InputException {
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, EUC_JP}) {
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                // try the next charset
            }
        }
        throw new InputException(file, 0, "neither UTF-8 nor EUC-JP: not an EDICT or CEDICT dictionary");
    }

    /** Parses decoded dictionary text ({@code file} names it in errors). */
    Dictionary parse(Path file, String text) throws InputException {
        Map<String, TreeSet<Integer>> translations = new HashMap<>();
        Map<String, Integer> newIds = new HashMap<>();
        Pattern shape = null;
        int entries = 0;
        int lineNo = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            start = end + 1;
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#") || line.startsWith(EDICT_HEADER + " ")) {
                continue;
            }
            if (shape == null) {
                shape = CEDICT.matcher(line).matches() ? CEDICT : EDICT;
            }
            Matcher m = shape.matcher(line);
            if (!m.matches()) {
                throw new InputException(file, lineNo, shape == CEDICT
                        ? "not a CEDICT entry (expected: traditional simplified [pin1 yin1] /gloss/gloss/)"
                        : "not an EDICT entry (expected: 見出し [よみ] /(pos) gloss/gloss/)");
            }
            entries++;
            List<String> heads = new ArrayList<>(2);
            String glosses;
            if (shape == CEDICT) {
                heads.add(m.group(1));
                heads.add(m.group(2));
                glosses = m.group(4);
            } else {
                glosses = m.group(3) == null ? "" : m.group(3);
                boolean common = glosses.contains("(P)") || m.group(1).contains("(P)");
                if (keep == Entries.COMMON && !common) {
                    continue;
                }
                for (String h : m.group(1).split(";")) {
                    heads.add(MARKERS.matcher(h).replaceAll(""));
                }
                if (m.group(2) != null && glosses.contains("(uk)")) {
                    for (String r : m.group(2).split(";")) {
                        heads.add(MARKERS.matcher(r).replaceAll(""));
                    }
                }
            }
            TreeSet<Integer> ids = glossIds(glosses, newIds);
            if (ids.isEmpty()) {
                continue;
            }
            for (String h : heads) {
                if (!h.isEmpty()) {
                    translations.computeIfAbsent(h, k -> new TreeSet<>()).addAll(ids);
                }
            }
        }
        if (shape == null) {
            throw new InputException(file, 0, "no dictionary entry: not an EDICT or CEDICT file");
        }
        Map<String, int[]> table = new HashMap<>();
        translations.forEach((w, ids) -> {
            if (ids.size() <= MAX_TRANSLATIONS) {
                table.put(w, ids.stream().mapToInt(Integer::intValue).toArray());
            }
        });
        Map<String, Integer> englishIds = new HashMap<>(newIds);
        return new Dictionary(file, shape == CEDICT ? Language.ZH : Language.JA,
                new BilingualLexicon(Map.copyOf(table), Map.copyOf(englishIds)).plusVocabularyOf(english), entries);
    }

    /** The English ids of an entry's short glosses ({@code newIds}: the words ECDICT lacks, given ids past it). */
    private TreeSet<Integer> glossIds(String glosses, Map<String, Integer> newIds) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (String gloss : glosses.split("/")) {
            String g = gloss.indexOf('(') < 0 && gloss.indexOf('{') < 0 && gloss.indexOf('[') < 0 ? gloss
                    : MARKERS.matcher(gloss).replaceAll(" ");
            g = g.strip().toLowerCase(Locale.ROOT);
            if (g.startsWith("to ")) {
                g = g.substring(3);
            }
            if (g.isEmpty() || g.contains("|") || g.startsWith("cl:")) {
                continue;
            }
            List<String> words = words(g);
            int count = words.size();
            if (count == 0 || count > MAX_GLOSS_WORDS) {
                continue;
            }
            for (String word : words) {
                int id = englishId(word, newIds);
                if (id >= 0) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The letter runs of a lower-cased gloss, as far as one past {@link #MAX_GLOSS_WORDS} (then it is too long). */
    private static List<String> words(String gloss) {
        List<String> words = new ArrayList<>(MAX_GLOSS_WORDS + 1);
        int start = -1;
        for (int k = 0; k <= gloss.length() && words.size() <= MAX_GLOSS_WORDS; k++) {
            char c = k < gloss.length() ? gloss.charAt(k) : ' ';
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (letter && start < 0) {
                start = k;
            } else if (!letter && start >= 0) {
                words.add(gloss.substring(start, k));
                start = -1;
            }
        }
        return words;
    }

    private int englishId(String word, Map<String, Integer> newIds) {
        if (BilingualLexicon.isFunctionWord(word) || word.length() < 2) {
            return -1;
        }
        int id = english.tokenId(word);
        if (id >= 0) {
            return id;
        }
        Integer known = newIds.get(word);
        if (known == null) {
            known = english.idLimit() + newIds.size();
            newIds.put(word, known);
        }
        return known;
    }
}
