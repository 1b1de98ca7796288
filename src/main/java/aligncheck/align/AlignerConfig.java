package aligncheck.align;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Settings of {@link DynamicProgrammingAligner}. The source language (and so the length model and bead priors)
 * comes from {@link AlignHints#sourceLanguage()} at each call.
 *
 * @param maxBeadSize      most sentences one link may hold, both sides together (8 allows 1-7, 3-5, 4-4);
 *                         in [2, 16]
 * @param bandWidth        half-width of the search band, in sentences, around the path found at the coarser
 *                         level (beads start inside the band and may reach beyond it)
 * @param fullSearchCells  documents with at most this many grid nodes (source × target sentences) are searched
 *                         without a band; larger ones by coarse-to-fine search
 * @param anchorWeight     multiplier of the anchor bonuses (0 turns anchors off: a plain length aligner)
 * @param lexicalWeight    weight of the bilingual-lexicon cost ({@link LexicalCost}); 0 turns the lexicon off
 * @param learnedWeight    weight of a second pass whose lexical cost adds a lexicon learned from the first
 *                         pass's links ({@link DocumentLexicon}); 0 aligns in one pass
 * @param signals          the evidence in use besides length (all by default); a signal left out counts as
 *                         weight 0
 */
public record AlignerConfig(int maxBeadSize, int bandWidth, long fullSearchCells, double anchorWeight,
                            double lexicalWeight, double learnedWeight, Set<Signal> signals) {
    public static final int DEFAULT_MAX_BEAD_SIZE = 8;

    public AlignerConfig {
        if (maxBeadSize < 2 || maxBeadSize > 16) {
            throw new IllegalArgumentException("maxBeadSize must be in [2, 16], got " + maxBeadSize);
        }
        if (bandWidth < 1) {
            throw new IllegalArgumentException("bandWidth must be positive, got " + bandWidth);
        }
        if (fullSearchCells < 0 || anchorWeight < 0 || lexicalWeight < 0 || learnedWeight < 0) {
            throw new IllegalArgumentException("fullSearchCells and the weights must not be negative");
        }
        signals = signals.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Signal.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(signals));
    }

    public AlignerConfig(int maxBeadSize, int bandWidth, long fullSearchCells, double anchorWeight,
                         double lexicalWeight, double learnedWeight) {
        this(maxBeadSize, bandWidth, fullSearchCells, anchorWeight, lexicalWeight, learnedWeight,
                EnumSet.allOf(Signal.class));
    }

    /** Whether a signal is in use: listed, and with a positive weight where it has one. */
    public boolean uses(Signal signal) {
        if (!signals.contains(signal)) {
            return false;
        }
        return switch (signal) {
            case DICTIONARY -> lexicalWeight > 0;
            case LEARNED_LEXICON -> learnedWeight > 0;
            default -> anchorWeight > 0;
        };
    }

    /** These settings with only the given signals besides length. */
    public AlignerConfig withSignals(Set<Signal> only) {
        return new AlignerConfig(maxBeadSize, bandWidth, fullSearchCells, anchorWeight, lexicalWeight, learnedWeight,
                only);
    }

    /**
     * Beads up to 8 sentences, band ±6, full search up to 250,000 nodes, anchors ×1, ECDICT weight 0.4, learned
     * lexicon weight 0.15: the settings measured best over mac-dev-zhen, pol-zhen and ja-en-dev together.
     */
    public static AlignerConfig defaults() {
        return new AlignerConfig(DEFAULT_MAX_BEAD_SIZE, 6, 250_000, 1.0, 0.4, 0.15);
    }

    public AlignerConfig withMaxBeadSize(int size) {
        return new AlignerConfig(size, bandWidth, fullSearchCells, anchorWeight, lexicalWeight, learnedWeight, signals);
    }

    public AlignerConfig withBandWidth(int width) {
        return new AlignerConfig(maxBeadSize, width, fullSearchCells, anchorWeight, lexicalWeight, learnedWeight,
                signals);
    }

    public AlignerConfig withFullSearchCells(long cells) {
        return new AlignerConfig(maxBeadSize, bandWidth, cells, anchorWeight, lexicalWeight, learnedWeight, signals);
    }

    public AlignerConfig withAnchorWeight(double weight) {
        return new AlignerConfig(maxBeadSize, bandWidth, fullSearchCells, weight, lexicalWeight, learnedWeight,
                signals);
    }

    public AlignerConfig withLexicalWeight(double weight) {
        return new AlignerConfig(maxBeadSize, bandWidth, fullSearchCells, anchorWeight, weight, learnedWeight,
                signals);
    }

    public AlignerConfig withLearnedWeight(double weight) {
        return new AlignerConfig(maxBeadSize, bandWidth, fullSearchCells, anchorWeight, lexicalWeight, weight,
                signals);
    }
}
