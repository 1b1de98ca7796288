package aligncheck.align;

import aligncheck.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Monotone DP sentence aligner: the cheapest sequence of beads (1-0, 0-1 and every a-b up to
 * {@link AlignerConfig#maxBeadSize()} sentences) under {@link BeadScorer}'s cost: shape prior + Gale-Church
 * length + shared anchors (numbers, dates, Latin tokens, glossary names, pinyin names, punctuation) + paragraph
 * structure + lexical evidence ({@link LexicalCost}).
 *
 * <p>Search is coarse-to-fine so that time grows about linearly with the document: a document whose grid has
 * more than {@link AlignerConfig#fullSearchCells()} nodes is first aligned with every side coarsened to blocks
 * of two sentences (recursively, with beads up to 2-2, length and anchors only), and the sentence-level search
 * then runs only in a band of {@link AlignerConfig#bandWidth()} sentences around the projected coarse path
 * ({@link Band}). A path that runs along its band's edge was held there by the band: that band is widened
 * (doubling, up to {@value #MAX_BAND_WIDTH}) and searched again, at every level (without this, length alone lost
 * the way on bible-zhen-speed: exact F1 0.002, with it 0.775).
 *
 * <p>Two passes: the first uses the bilingual lexicons ({@link Lexicons}: ECDICT, and for Japanese EDICT where
 * installed, else ECDICT on its Kanji words); when {@link AlignerConfig#learnedWeight()} is positive, a lexicon
 * learned from the first pass's links ({@link DocumentLexicon}; only when both sides have at least
 * {@value DocumentLexicon#MIN_SENTENCES} sentences, as fewer give no reliable counts) is added and the search
 * repeated in a band of {@value #REFINE_WIDTH} sentences around the first path. Each kind of evidence can be
 * switched off ({@link AlignerConfig#signals()}) to measure what it adds.
 *
 * <p>Each link's confidence is the max-marginal softmax of {@link BeadSearch}. Thread-safe: no mutable state
 * (the lexicon is immutable and shared).
 */
public final class DynamicProgrammingAligner implements Aligner {
    /** Half-width of the band around the first pass's path that the second (learned-lexicon) pass searches. */
    static final int REFINE_WIDTH = 4;
    /** Widest band a search widens to when its path runs along the band's edge. */
    static final int MAX_BAND_WIDTH = 96;

    private final AlignerConfig config;
    private final Lexicons lexicons;

    /** Default settings, the default lexicons ({@link Lexicons#defaults()}). */
    public DynamicProgrammingAligner() {
        this(AlignerConfig.defaults());
    }

    /** The given settings, the default lexicons (loaded on first use when the lexical weight is positive). */
    public DynamicProgrammingAligner(AlignerConfig config) {
        this(config, Lexicons.defaults());
    }

    /**
     * The given settings and one lexicon for every source language, found by longest match; the supplier is called
     * at each alignment with a positive lexical weight.
     */
    public DynamicProgrammingAligner(AlignerConfig config, Supplier<BilingualLexicon> lexicon) {
        this(config, Lexicons.of(lexicon));
    }

    /** The given settings and lexicons. */
    public DynamicProgrammingAligner(AlignerConfig config, Lexicons lexicons) {
        this.config = config;
        this.lexicons = lexicons;
    }

    public AlignerConfig config() {
        return config;
    }

    @Override
    public Alignment align(List<Sentence> source, List<Sentence> target, AlignHints hints) {
        if (source.isEmpty() && target.isEmpty()) {
            return new Alignment(List.of());
        }
        DocumentFeatures doc = new DocumentFeatures(source, target, hints, config);
        LengthModel lengths = LengthModel.forLanguage(hints.sourceLanguage());
        BeadShapes shapes = new BeadShapes(config.maxBeadSize());
        BeadPrior prior = BeadPrior.forLanguage(hints.sourceLanguage(), config.maxBeadSize());
        LexicalMatcher dictionary = config.uses(Signal.DICTIONARY)
                ? lexicons.matcher(hints.sourceLanguage(), source, target, config.lexicalWeight())
                : null;
        boolean learn = config.uses(Signal.LEARNED_LEXICON)
                && Math.min(source.size(), target.size()) >= DocumentLexicon.MIN_SENTENCES;
        int width = config.bandWidth();
        Band band;
        BeadSearch.Path path;
        do {
            band = band(doc.source, doc.target, doc.keyBonus, lengths, width);
            path = BeadSearch.run(band, shapes, new BeadScorer(doc.source, doc.target, doc.keyBonus, lengths, prior,
                    lexicalCost(dictionary, band, shapes)), !learn);
            width *= 2;
        } while (band.pinned(path.nodes()) && width <= MAX_BAND_WIDTH);
        if (learn) {
            LexicalMatcher learned = DocumentLexicon.learn(source, target, toAlignment(path).links(),
                    config.learnedWeight());
            LexicalMatcher both = dictionary == null ? learned : dictionary.plus(learned);
            band = Band.around(path.nodes(), 1, source.size(), target.size(), REFINE_WIDTH);
            path = BeadSearch.run(band, shapes, new BeadScorer(doc.source, doc.target, doc.keyBonus, lengths, prior,
                    lexicalCost(both, band, shapes)), true);
        }
        return toAlignment(path);
    }

    /**
     * The band for the sentence-level search: everything for small documents, else {@code width} sentences around
     * a coarse path. A coarse path that runs along its own band's edge was held there by the band, not by the
     * evidence (it lost the way at a coarser level): the coarse band is then widened, doubling up to
     * {@value #MAX_BAND_WIDTH}, and the coarse path searched again.
     */
    private Band band(Units source, Units target, double[] keyBonus, LengthModel lengths, int width) {
        int n = source.size();
        int m = target.size();
        if ((long) (n + 1) * (m + 1) <= config.fullSearchCells() || n < 4 || m < 4) {
            return Band.full(n, m);
        }
        Units cs = source.coarsen();
        Units ct = target.coarsen();
        for (int w = width; ; w *= 2) {
            Band coarseBand = band(cs, ct, keyBonus, lengths, w);
            BeadSearch.Path coarse = BeadSearch.run(coarseBand, new BeadShapes(4),
                    new BeadScorer(cs, ct, keyBonus, lengths, BeadPrior.coarse()), false);
            if (!coarseBand.pinned(coarse.nodes()) || 2 * w > MAX_BAND_WIDTH) {
                return Band.around(coarse.nodes(), 2, n, m, w);
            }
        }
    }

    private static LexicalCost lexicalCost(LexicalMatcher matcher, Band band, BeadShapes shapes) {
        return matcher == null ? null : new LexicalCost(matcher, band, shapes.maxSide());
    }

    private static Alignment toAlignment(BeadSearch.Path path) {
        int[][] nodes = path.nodes();
        List<Link> links = new ArrayList<>(nodes.length - 1);
        for (int k = 0; k + 1 < nodes.length; k++) {
            links.add(new Link(range(nodes[k][0], nodes[k + 1][0]), range(nodes[k][1], nodes[k + 1][1]),
                    path.confidence()[k]));
        }
        return new Alignment(links);
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>(to - from);
        for (int x = from; x < to; x++) {
            out.add(x);
        }
        return out;
    }
}
