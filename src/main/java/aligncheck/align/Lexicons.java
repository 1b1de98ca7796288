package aligncheck.align;

import aligncheck.io.InputException;
import aligncheck.text.Language;
import aligncheck.text.Sentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The bilingual lexicons the aligner's lexical cost uses, per source language.
 *
 * <ul>
 * <li>Chinese: ECDICT ({@link BilingualLexicon#ecdict()}), plus any CEDICT files given; words found by forward
 * longest match.</li>
 * <li>Japanese: EDICT where the system has it (Debian's {@code edict} package installs {@value #EDICT} — read at
 * run time, aligncheck ships none of its data), plus any EDICT files given; words found by {@link JapaneseWords}
 * (Kuromoji), Han words EDICT lacks looked up in ECDICT. Without any EDICT, Japanese gets ECDICT on its Han runs
 * alone, as Chinese does.</li>
 * </ul>
 * ECDICT, the pinyin transliterator, the installed EDICT and the Kuromoji tokenizer are each loaded once per
 * process, lazily, and timed
 * ({@link #loadTimes()}); dictionary files given are read when the lexicons are built. Immutable and thread-safe.
 */
public final class Lexicons {
    /** Where Debian installs EDICT; overridable with the system property {@code aligncheck.edict}. */
    public static final String EDICT = "/usr/share/edict/edict";
    /**
     * Entries of EDICT kept: every one. The (P) common words alone measured the same on ja-en-dev (exact F1 0.869)
     * and load faster, but miss the compounds and terms of specialised text.
     */
    static final DictionaryReader.Entries EDICT_ENTRIES = DictionaryReader.Entries.ALL;

    private static final Lazy<Optional<BilingualLexicon>> INSTALLED_EDICT = new Lazy<>("EDICT",
            Lexicons::loadInstalledEdict);

    private final Supplier<BilingualLexicon> chinese;
    private final Supplier<Optional<BilingualLexicon>> japanese;
    private final List<Lazy<?>> timed;

    private Lexicons(Supplier<BilingualLexicon> chinese, Supplier<Optional<BilingualLexicon>> japanese,
                     List<Lazy<?>> timed) {
        this.chinese = chinese;
        this.japanese = japanese;
        this.timed = timed;
    }

    /** What the default lexicons load once per process, in the order {@link #loadTimes()} names them. */
    private static final List<Lazy<?>> LOADED_ONCE = List.of(BilingualLexicon.ECDICT, PinyinNames.HAN_LATIN,
            INSTALLED_EDICT, JapaneseWords.TOKENIZER);

    private static final Lexicons DEFAULTS = new Lexicons(BilingualLexicon.ECDICT, Lexicons::installedEdict,
            LOADED_ONCE);

    /** ECDICT for both languages, and the installed EDICT for Japanese when there is one (one shared instance). */
    public static Lexicons defaults() {
        return DEFAULTS;
    }

    /** One lexicon for every source language, found by longest match (no Japanese dictionary): for tests. */
    public static Lexicons of(Supplier<BilingualLexicon> lexicon) {
        return new Lexicons(lexicon, Optional::empty, List.of());
    }

    /**
     * The defaults plus the dictionaries in {@code files} (EDICT or CEDICT, see {@link DictionaryReader}), each
     * used for its source language. Reads ECDICT and the installed EDICT now, as the files' English ids extend
     * theirs; with no file, the same as {@link #defaults()}.
     */
    public static Lexicons withDictionaries(List<Path> files) throws InputException {
        if (files.isEmpty()) {
            return defaults();
        }
        BilingualLexicon ecdict = BilingualLexicon.ecdict();
        Optional<BilingualLexicon> installed = installedEdict();
        BilingualLexicon vocabulary = installed.orElse(ecdict);
        BilingualLexicon zh = ecdict;
        BilingualLexicon ja = installed.orElse(null);
        for (Path file : files) {
            DictionaryReader.Dictionary d = new DictionaryReader(vocabulary, EDICT_ENTRIES).read(file);
            vocabulary = d.lexicon();
            if (d.language() == Language.JA) {
                ja = ja == null ? d.lexicon() : ja.plus(d.lexicon());
            } else {
                zh = zh.plus(d.lexicon());
            }
        }
        BilingualLexicon chineseLexicon = zh;
        Optional<BilingualLexicon> japaneseLexicon = Optional.ofNullable(ja);
        return new Lexicons(() -> chineseLexicon, () -> japaneseLexicon, LOADED_ONCE);
    }

    /** These lexicons with {@code japanese} (its English ids extending the Chinese lexicon's) for Japanese. */
    Lexicons withJapanese(BilingualLexicon japanese) {
        Optional<BilingualLexicon> ja = Optional.of(japanese);
        return new Lexicons(chinese, () -> ja, timed);
    }

    /** The installed EDICT (ECDICT loaded first, so that EDICT's time is its own), or empty when absent. */
    private static Optional<BilingualLexicon> installedEdict() {
        BilingualLexicon.ecdict();
        return INSTALLED_EDICT.get();
    }

    private static Optional<BilingualLexicon> loadInstalledEdict() {
        Path file = Path.of(System.getProperty("aligncheck.edict", EDICT));
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DictionaryReader(BilingualLexicon.ecdict(), EDICT_ENTRIES).read(file).lexicon());
        } catch (InputException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e)); // Main reports the InputException inside
        }
    }

    /** The lexical items of both sides for source language {@code language}, each weighing {@code weight}. */
    LexicalMatcher matcher(Language language, List<Sentence> source, List<Sentence> target, double weight) {
        if (language == Language.JA) {
            Optional<BilingualLexicon> ja = japanese.get();
            if (ja.isPresent()) {
                BilingualLexicon han = chinese.get();
                int[][][] items = source.stream().map(s -> JapaneseWords.items(s.text(), ja.get(), han))
                        .toArray(int[][][]::new);
                return new LexicalMatcher(items, ja.get(), target, weight);
            }
        }
        return new LexicalMatcher(chinese.get(), source, target, weight);
    }

    /**
     * Loads now what aligning {@code language} will use (so that a timed alignment does not include it): the
     * Chinese lexicon, for Chinese the pinyin transliterator of the name anchors, and for Japanese the Japanese
     * lexicon and the tokenizer when there is one.
     */
    public void load(Language language) {
        chinese.get();
        if (language == Language.ZH) {
            PinyinNames.HAN_LATIN.get();
        }
        if (language == Language.JA && japanese.get().isPresent()) {
            JapaneseWords.TOKENIZER.get();
        }
    }

    /**
     * What has been loaded so far and how long each took, e.g. {@code ECDICT 1.9 s, EDICT 0.8 s, Kuromoji 0.5 s}
     * ({@code EDICT not installed} when looked for in vain); empty when nothing was.
     */
    public String loadTimes() {
        List<String> parts = new ArrayList<>();
        for (Lazy<?> l : timed) {
            l.loadSeconds().ifPresent(s -> parts.add(l == INSTALLED_EDICT && INSTALLED_EDICT.get().isEmpty()
                    ? l.name() + " not installed" : String.format(Locale.ROOT, "%s %.1f s", l.name(), s)));
        }
        return String.join(", ", parts);
    }
}
