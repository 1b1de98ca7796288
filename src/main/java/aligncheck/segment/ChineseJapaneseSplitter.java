package aligncheck.segment;

import aligncheck.text.Language;
import aligncheck.text.Sentence;
import com.ibm.icu.text.BreakIterator;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Sentence splitter for Chinese and Japanese: ICU4J's sentence {@link BreakIterator} for the language's locale,
 * corrected by {@link CjkBoundaryRules} (closers stay with their sentence, ellipses, no cuts inside embedded
 * quotations, URLs and numbers), inside paragraphs found by {@link HardWrapRule#CHINESE_JAPANESE}.
 *
 * <p>A heading — a line on its own without end punctuation — is a paragraph and so one sentence. Thread-safe: each
 * call gets its own break iterator.
 */
public final class ChineseJapaneseSplitter implements SentenceSplitter {
    private final Language language;
    private final ParagraphSegmentation segmentation;

    /** A splitter for {@link Language#ZH} or {@link Language#JA}. */
    public ChineseJapaneseSplitter(Language language) {
        this(language, true);
    }

    private ChineseJapaneseSplitter(Language language, boolean corrected) {
        Objects.requireNonNull(language, "language");
        if (language == Language.EN) {
            throw new IllegalArgumentException("ChineseJapaneseSplitter splits zh or ja, not " + language.code());
        }
        this.language = language;
        BoundaryFinder icu = this::icuCuts;
        BoundaryFinder finder = corrected ? paragraph -> CjkBoundaryRules.correct(paragraph, icuCuts(paragraph)) : icu;
        this.segmentation = new ParagraphSegmentation(HardWrapRule.CHINESE_JAPANESE, finder);
    }

    /** ICU's cuts without the corrections, for measuring what the corrections are worth. */
    static ChineseJapaneseSplitter icuOnly(Language language) {
        return new ChineseJapaneseSplitter(language, false);
    }

    public Language language() {
        return language;
    }

    @Override
    public List<Sentence> split(String text) {
        return segmentation.split(text);
    }

    private SortedSet<Integer> icuCuts(String paragraph) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(language.locale());
        iterator.setText(paragraph);
        SortedSet<Integer> cuts = new TreeSet<>();
        for (int b = iterator.first(); b != BreakIterator.DONE; b = iterator.next()) {
            if (b > 0 && b < paragraph.length()) {
                cuts.add(b);
            }
        }
        return cuts;
    }
}
