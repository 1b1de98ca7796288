package aligncheck.segment;

import aligncheck.text.Language;
import java.util.Objects;

/**
 * The sentence splitter to use for a language, or for texts that are already one sentence per line. The returned
 * splitters are shared instances; all are thread-safe.
 */
public final class Segmenters {
    private static final SentenceSplitter CHINESE = new ChineseJapaneseSplitter(Language.ZH);
    private static final SentenceSplitter JAPANESE = new ChineseJapaneseSplitter(Language.JA);
    private static final SentenceSplitter ENGLISH = new EnglishSplitter();
    private static final SentenceSplitter LINES = new LineSplitter();

    private Segmenters() {
    }

    /** The sentence splitter for {@code language}. */
    public static SentenceSplitter forLanguage(Language language) {
        return switch (Objects.requireNonNull(language, "language")) {
            case ZH -> CHINESE;
            case JA -> JAPANESE;
            case EN -> ENGLISH;
        };
    }

    /** The splitter of the {@code --lines} mode: one sentence per line, for any language. */
    public static SentenceSplitter lines() {
        return LINES;
    }
}
