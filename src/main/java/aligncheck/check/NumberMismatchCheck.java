package aligncheck.check;

import aligncheck.align.SentencePair;
import aligncheck.check.NumberPairing.Change;
import aligncheck.check.NumberPairing.Occurrence;
import aligncheck.text.Language;
import aligncheck.text.NumberExpression;
import aligncheck.text.NumberExpression.Kind;
import aligncheck.text.NumberExtractor;
import aligncheck.text.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NUMBER_MISMATCH: every number of a link's source sentences must stand, with the same value, among the link's
 * target sentences.
 *
 * <p>Numbers are found by {@link NumberExtractor} (which already leaves out Chinese numerals that are words, such
 * as 两国, 一些) and paired by {@link NumberPairing}. A source number whose place in the translation holds a
 * different value of the same sort (25% → 35%, 8月1日 → August 11) is an {@link Severity#ERROR} pointing at both;
 * a source number with no counterpart is a {@link Severity#WARNING}. Both suggest the source value written the
 * English way ("25%", "August 1"). Numbers only the translation has are not findings.
 *
 * <p>Spans are offsets into the sentence texts. A changed number's finding names the target sentence and span of
 * the changed value; a missing one's names the link's first target sentence, with no span. Findings come in
 * document order: by source sentence, then by position in it.
 *
 * <p>Left out, to keep the noise down:
 * <ul>
 *   <li>a plain one, a number or ordinal of value exactly 1 ({@code 1年}, {@code 1人}, {@code 第一}; a lone
 *       {@code 一} is not even extracted): English renders it as "a", "first", "once", "top"… (1.5, 1%, 1日 and
 *       1万 are checked);</li>
 *   <li>a day or date ({@code 18日}, {@code 9月3日}) when the target names a weekday ("on Monday"), as news
 *       translations do; each weekday name excuses one such day or date;</li>
 *   <li>links with no target sentence (an omission, reported as such elsewhere) or no source sentence.</li>
 * </ul>
 */
public final class NumberMismatchCheck implements Check {
    public static final String ID = "NUMBER_MISMATCH";

    private static final Comparator<Finding> SOURCE_ORDER = Comparator
            .comparingInt(Finding::sourceSentence)
            .thenComparingInt(f -> f.sourceSpan().start());

    private static final Pattern WEEKDAY =
            Pattern.compile("\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    private final NumberExtractor extractor = new NumberExtractor();

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(CheckContext context) {
        Language sourceLanguage = context.document().sourceLanguage();
        List<Finding> out = new ArrayList<>();
        for (SentencePair pair : context.document().pairs()) {
            if (pair.source().isEmpty() || pair.target().isEmpty()) {
                continue;
            }
            List<Occurrence> source = occurrences(pair.source(), sourceLanguage).stream()
                    .filter(o -> !isOne(o.expression()))
                    .toList();
            if (source.isEmpty()) {
                continue;
            }
            List<Occurrence> target = occurrences(pair.target(), Language.EN);
            NumberPairing.Result result = NumberPairing.pair(source, target);
            for (Change c : result.changed()) {
                out.add(changed(pair, c));
            }
            int weekdays = weekdayNames(pair.target());
            for (Occurrence o : result.missing()) {
                Kind kind = o.expression().kind();
                if ((kind == Kind.DAY || kind == Kind.DATE) && weekdays > 0) {
                    weekdays--;
                } else {
                    out.add(missing(pair, o));
                }
            }
        }
        out.sort(SOURCE_ORDER);
        return List.copyOf(out);
    }

    private List<Occurrence> occurrences(List<Sentence> sentences, Language lang) {
        List<Occurrence> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (NumberExpression e : extractor.extract(s.text(), lang)) {
                out.add(new Occurrence(s, e));
            }
        }
        return out;
    }

    /** How many weekday names the sentences hold: news translations render 18日 as "on Monday". */
    private static int weekdayNames(List<Sentence> sentences) {
        int n = 0;
        for (Sentence s : sentences) {
            Matcher m = WEEKDAY.matcher(s.text());
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    /** 1年, 1人, 第一: a plain one, which English renders as "a", "first", "once", "top"… */
    private static boolean isOne(NumberExpression e) {
        return (e.kind() == Kind.NUMBER || e.kind() == Kind.ORDINAL) && e.amount().compareTo(BigDecimal.ONE) == 0;
    }

    private static Finding changed(SentencePair pair, Change c) {
        NumberExpression s = c.source().expression();
        NumberExpression t = c.target().expression();
        String message = describe(s) + " in the source is " + describe(t) + " in the translation";
        return new Finding(ID, Severity.ERROR, IssueKind.NUMBERS, pair.linkIndex(),
                c.source().sentence().index(), s.span(), s.text(),
                c.target().sentence().index(), t.span(), t.text(),
                List.of(s.toEnglish()), message, null);
    }

    private static Finding missing(SentencePair pair, Occurrence o) {
        NumberExpression s = o.expression();
        String message = describe(s) + " in the source is missing in the translation";
        return new Finding(ID, Severity.WARNING, IssueKind.NUMBERS, pair.linkIndex(),
                o.sentence().index(), s.span(), s.text(),
                pair.target().get(0).index(), null, null,
                List.of(s.toEnglish()), message, null);
    }

    /** The value for a message: as English writes it, a day of the month as "the 8th". */
    private static String describe(NumberExpression e) {
        return e.kind() == Kind.DAY ? "the " + e.toEnglish() : e.toEnglish();
    }
}
