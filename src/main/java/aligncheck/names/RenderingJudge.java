package aligncheck.names;

import aligncheck.text.EditDistance;
import java.util.List;

/**
 * Decides whether an English rendering is plausible for the sound of a source name, from its
 * {@link Plausibility} score, with thresholds per kind of name calibrated on
 * {@code src/test/resources/aligncheck/names/renderings.tsv} (see {@code RenderingQualityTest}).
 *
 * <p>What it cannot tell: a rendering that sounds right but is spelled wrong (莱维特 "Levet" for Leavitt), and a
 * kanji reading that the name can have but this person does not use (岩屋毅 "Tsuyoshi" for Takeshi) unless
 * ENAMDICT lists the person's full name. Only a glossary catches those. A Chinese person name is judged only when
 * the English is written in pinyin: a Japanese, Korean, Cantonese or Wade–Giles rendering is left unjudged.
 */
public final class RenderingJudge {
    /** Below: implausible; below {@code doubtful}: doubtful. Per kind of name. */
    record Thresholds(double implausible, double doubtful) {
    }

    static final Thresholds TRANSLITERATED = new Thresholds(0.62, 0.74);
    static final Thresholds KATAKANA = new Thresholds(0.58, 0.70);
    static final Thresholds KANJI = new Thresholds(0.84, 0.94);
    /** Without ENAMDICT Kuromoji misreads many given names: only a rendering far from every reading is judged. */
    static final Thresholds KANJI_WITHOUT_DICTIONARY = new Thresholds(0.62, 0.62);
    static final Thresholds HAN = new Thresholds(0.75, 1.0);

    private final TransliterationScorer scorer;

    public RenderingJudge(TransliterationScorer scorer) {
        this.scorer = scorer;
    }

    /** The verdict on a linked rendering; UNJUDGED for places and for links without a rendering. */
    public Verdict judge(NameLink link) {
        if (!link.hasRendering() || !link.name().isPerson()) {
            return new Verdict(Verdict.Kind.UNJUDGED, 0, "");
        }
        Verdict v = judge(link.name(), link.english(), link.plausibility());
        if (!v.suspect() || link.rivals() == 0) {
            return v;
        }
        return new Verdict(v.kind(), v.confidence() / (1 + link.rivals()), v.reason());
    }

    /** The verdict on {@code english} as the rendering of {@code name}. */
    public Verdict judge(SourceName name, String english) {
        return judge(name, english, scorer.score(name, english));
    }

    private Verdict judge(SourceName name, String english, Plausibility p) {
        return switch (name.kind()) {
            case PLACE -> new Verdict(Verdict.Kind.UNJUDGED, 0, "");
            case HAN_PERSON -> han(name, english);
            case KANJI_PERSON -> {
                Verdict v = byScore(p, scorer.romanizer().dictionary().isPresent() ? KANJI : KANJI_WITHOUT_DICTIONARY,
                        name);
                if (p.extraWords() && !v.suspect()) {
                    yield new Verdict(Verdict.Kind.DOUBTFUL, 0.6,
                            "more English words than the name has parts: a given name read as two?");
                }
                yield v;
            }
            case TRANSLITERATED -> LiteralReading.isPinyinOfTransliteration(name, english)
                    ? new Verdict(Verdict.Kind.IMPLAUSIBLE, 0.9, "the pinyin of the transliteration, not the name")
                    : byScore(p, TRANSLITERATED, name);
            case KATAKANA -> LiteralReading.isRomajiOfKatakana(name, english)
                    ? new Verdict(Verdict.Kind.DOUBTFUL, 0.6, "the romaji of the katakana, not the name")
                    : byScore(p, KATAKANA, name);
        };
    }

    private static Verdict byScore(Plausibility p, Thresholds t, SourceName name) {
        double s = p.score();
        String sound = "the source reads " + p.reading().replace(' ', '-');
        if (s < t.implausible()) {
            return new Verdict(Verdict.Kind.IMPLAUSIBLE, clamp(0.6 + 0.4 * (t.implausible() - s) / t.implausible()),
                    sound);
        }
        if (s < t.doubtful()) {
            return new Verdict(Verdict.Kind.DOUBTFUL,
                    clamp(0.3 + 0.3 * (t.doubtful() - s) / (t.doubtful() - t.implausible())), sound);
        }
        return new Verdict(Verdict.Kind.PLAUSIBLE, 0, "");
    }

    /** Pinyin spellings only: the letters must be the name's pinyin, surname first or last. */
    private static Verdict han(SourceName name, String english) {
        int characters = String.join("", name.parts()).codePointCount(0, String.join("", name.parts()).length());
        if (!PinyinSyllables.isPinyinLike(english, characters)) {
            return new Verdict(Verdict.Kind.UNJUDGED, 0, "");
        }
        List<String> parts = name.parts().stream().map(Romanizer::pinyin).toList();
        String forward = String.join("", parts);
        List<String> reversed = new java.util.ArrayList<>(parts);
        java.util.Collections.reverse(reversed);
        String backward = String.join("", reversed);
        String letters = Phones.letters(english.replaceAll("('s|’s)$", ""));
        double sim = Math.max(EditDistance.similarity(forward.replace(" ", ""), letters),
                EditDistance.similarity(backward.replace(" ", ""), letters));
        String sound = "the pinyin is " + String.join(" ", parts);
        if (sim < HAN.implausible()) {
            return new Verdict(Verdict.Kind.IMPLAUSIBLE, clamp(0.6 + 0.4 * (HAN.implausible() - sim)), sound);
        }
        if (sim < HAN.doubtful()) {
            return new Verdict(Verdict.Kind.DOUBTFUL, 0.5, sound);
        }
        return new Verdict(Verdict.Kind.PLAUSIBLE, 0, "");
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
