package aligncheck.pipeline;

import aligncheck.align.AlignHints;
import aligncheck.align.AlignedDocument;
import aligncheck.align.Aligner;
import aligncheck.align.AlignerConfig;
import aligncheck.align.Alignment;
import aligncheck.align.DynamicProgrammingAligner;
import aligncheck.align.Lexicons;
import aligncheck.align.WindowedAligner;
import aligncheck.check.Check;
import aligncheck.check.CheckContext;
import aligncheck.check.Checks;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossarySet;
import aligncheck.io.BilingualFileReader;
import aligncheck.io.InputException;
import aligncheck.io.TextFileReader;
import aligncheck.segment.LanguageDetector;
import aligncheck.segment.LineSplitter;
import aligncheck.segment.SentenceSplitter;
import aligncheck.segment.Segmenters;
import aligncheck.text.Language;
import aligncheck.text.LoadedText;
import aligncheck.text.Sentence;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one way through aligncheck: load → normalize → segment → align → check → findings. The CLI and the GUI
 * both call this class; it knows nothing of either. Thread-safe: one instance may check many pairs at once.
 */
public final class Pipeline {
    /**
     * @param sourceEncoding forced charset of the source, or null to detect
     * @param targetEncoding forced charset of the target, or null to detect
     * @param sourceLanguage forced source language, or null to detect (kana → ja, otherwise Han → zh)
     * @param lines          the inputs are already one sentence per line: no segmentation
     * @param maxBead        the most sentences (both sides together) one link may hold
     * @param lexicons       the aligner's bilingual lexicons ({@link Lexicons#defaults()} unless dictionaries were
     *                       given)
     */
    public record Options(Charset sourceEncoding, Charset targetEncoding, Language sourceLanguage, boolean lines,
                          int maxBead, Lexicons lexicons) {
        public Options {
            Objects.requireNonNull(lexicons, "lexicons");
        }

        /** The given options with the default lexicons. */
        public Options(Charset sourceEncoding, Charset targetEncoding, Language sourceLanguage, boolean lines,
                       int maxBead) {
            this(sourceEncoding, targetEncoding, sourceLanguage, lines, maxBead, Lexicons.defaults());
        }

        public static Options defaults() {
            return new Options(null, null, null, false, 8);
        }
    }

    private final Options options;
    private final GlossarySet glossaries;
    private final List<Check> checks;

    public Pipeline(Options options, GlossarySet glossaries, List<Check> checks) {
        this.options = options;
        this.glossaries = glossaries;
        this.checks = List.copyOf(checks);
    }

    public Pipeline(Options options, GlossarySet glossaries) {
        this(options, glossaries, Checks.all());
    }

    public CheckResult check(Path source, Path target) throws InputException {
        return check(align(source, target));
    }

    public CheckResult check(AlignedDocument document) {
        return new CheckResult(document, Checks.run(checks, new CheckContext(document, glossaries)));
    }

    /**
     * Loads an already aligned bilingual file (TMX, XLIFF 2.0 or 1.2): no segmentation, no alignment; see
     * {@link BilingualFileReader}. The forced source language, if any, applies; the encodings and {@code lines}
     * options do not (XML declares its own encoding, and the file is already in sentences).
     */
    public AlignedDocument load(Path bilingualFile) throws InputException {
        return BilingualFileReader.read(bilingualFile, options.sourceLanguage());
    }

    public AlignedDocument align(Path source, Path target) throws InputException {
        LoadedText src = TextFileReader.read(source, options.sourceEncoding());
        LoadedText tgt = TextFileReader.read(target, options.targetEncoding());
        return align(src, tgt);
    }

    public AlignedDocument align(LoadedText src, LoadedText tgt) throws InputException {
        return align(segment(src, tgt));
    }

    /**
     * A loaded pair in sentences, not yet aligned.
     *
     * @param language the source language, forced or detected
     */
    public record Segmented(LoadedText source, LoadedText target, Language language, List<Sentence> sourceSentences,
                            List<Sentence> targetSentences) {
    }

    /** The source language (forced or detected) and both sides split into sentences (or lines with --lines). */
    public Segmented segment(LoadedText src, LoadedText tgt) throws InputException {
        Language lang = options.sourceLanguage();
        if (lang == null) {
            try {
                lang = LanguageDetector.detectSource(src.text());
            } catch (IllegalArgumentException e) {
                throw new InputException(src.path(), 0, e.getMessage()
                        + " (is this the source text? use --source-lang zh|ja to force)");
            }
        }
        SentenceSplitter srcSplitter = options.lines() ? new LineSplitter() : Segmenters.forLanguage(lang);
        SentenceSplitter tgtSplitter = options.lines() ? new LineSplitter() : Segmenters.forLanguage(Language.EN);
        return new Segmented(src, tgt, lang, srcSplitter.split(src.text()), tgtSplitter.split(tgt.text()));
    }

    /** Aligns a segmented pair, with the glossary names found in the source as anchors. */
    public AlignedDocument align(Segmented seg) {
        Alignment alignment = aligner().align(seg.sourceSentences(), seg.targetSentences(),
                hints(seg.language(), seg.source().text()));
        return new AlignedDocument(seg.source(), seg.target(), seg.language(), seg.sourceSentences(),
                seg.targetSentences(), alignment);
    }

    /**
     * The aligner {@code check} and {@code align} use: a long document is aligned window by window, in bounded
     * memory, on all cores ({@link WindowedAligner}).
     */
    public Aligner aligner() {
        return new WindowedAligner(new DynamicProgrammingAligner(AlignerConfig.defaults()
                .withMaxBeadSize(options.maxBead()), options.lexicons()), WindowedAligner.DEFAULT_WINDOW,
                Runtime.getRuntime().availableProcessors());
    }

    /** The glossary names that occur in the source, as alignment anchors. */
    private AlignHints hints(Language lang, String sourceText) {
        List<AlignHints.NamePair> pairs = new ArrayList<>();
        Set<GlossaryEntry> present = new LinkedHashSet<>();
        glossaries.findSourceForms(sourceText).forEach(m -> present.add(m.entry()));
        for (GlossaryEntry e : present) {
            for (String form : e.sourceForms()) {
                pairs.add(new AlignHints.NamePair(form, e.acceptedForms()));
            }
        }
        return new AlignHints(lang, pairs);
    }

    public GlossarySet glossaries() {
        return glossaries;
    }

    public Options options() {
        return options;
    }
}
