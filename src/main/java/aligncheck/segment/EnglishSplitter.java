package aligncheck.segment;

import aligncheck.text.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence splitter for English: Apache OpenNLP's {@link SentenceDetectorME} with the UD-EWT sentence model
 * ({@value #MODEL_RESOURCE}, loaded from the classpath, never downloaded), corrected by {@link EnglishBoundaryRules}
 * (abbreviations, initials, "U.S.", quotations, URLs), inside paragraphs found by {@link HardWrapRule#ENGLISH}.
 *
 * <p>Thread-safety: the model is loaded once, lazily, on first use and is immutable; {@code SentenceDetectorME} is
 * not thread-safe, so each thread gets its own detector from a {@link ThreadLocal}. Instances of this class are
 * therefore safe to share.
 */
public final class EnglishSplitter implements SentenceSplitter {
    /** Classpath resource of the sentence model (root of the opennlp-models-sentdetect-en jar). */
    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(ModelHolder.MODEL));

    private final ParagraphSegmentation segmentation;

    public EnglishSplitter() {
        this(true);
    }

    private EnglishSplitter(boolean corrected) {
        BoundaryFinder finder = corrected
                ? paragraph -> EnglishBoundaryRules.correct(paragraph, modelCuts(paragraph))
                : EnglishSplitter::modelCuts;
        this.segmentation = new ParagraphSegmentation(HardWrapRule.ENGLISH, finder);
    }

    /** The model's cuts without the corrections, for measuring what the corrections are worth. */
    static EnglishSplitter modelOnly() {
        return new EnglishSplitter(false);
    }

    @Override
    public List<Sentence> split(String text) {
        return segmentation.split(text);
    }

    private static SortedSet<Integer> modelCuts(String paragraph) {
        SortedSet<Integer> cuts = new TreeSet<>();
        for (Span span : DETECTOR.get().sentPosDetect(paragraph)) {
            if (span.getEnd() > 0 && span.getEnd() < paragraph.length()) {
                cuts.add(span.getEnd());
            }
        }
        return cuts;
    }

    /** Initialization-on-demand holder: the model is read when the first detector is made. */
    private static final class ModelHolder {
        static final SentenceModel MODEL = load();

        private static SentenceModel load() {
            try (InputStream in = EnglishSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("sentence model " + MODEL_RESOURCE
                            + " not on the classpath (dependency opennlp-models-sentdetect-en missing?)");
                }
                return new SentenceModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sentence model " + MODEL_RESOURCE, e);
            }
        }

        private ModelHolder() {
        }
    }
}
