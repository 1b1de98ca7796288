package aligncheck.names;

import aligncheck.align.AlignedDocument;
import aligncheck.align.SentencePair;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossarySet;
import aligncheck.glossary.SourceMatch;
import aligncheck.text.Language;
import aligncheck.text.NormalizedText;
import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs the names the glossaries do not know with the English words that render them, link by link.
 *
 * <p>In each link: the source names ({@link SourceNameFinder}, glossary names masked) and the English name
 * candidates of its target ({@link NameCandidates}: capitalized runs, minus the glossary's accepted and wrong
 * forms for the link's entries and ICU's English place names) are scored against each other
 * ({@link TransliterationScorer}), each candidate run also by its contiguous sub-runs. Pairs are taken best score
 * first, each name and each English word once. A name left without a pair whose score reaches {@link #PAIRED}
 * takes the best English candidate left over, if any: that is the rendering a check may call implausible.
 * Thread-safe.
 */
public final class NameLinker {
    /** A score from which a name and an English run are taken to be the same name. */
    public static final double PAIRED = 0.7;
    private static final int MAX_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’.]*");

    private final GlossarySet glossaries;
    private final TransliterationScorer scorer;

    public NameLinker(GlossarySet glossaries, TransliterationScorer scorer) {
        this.glossaries = glossaries;
        this.scorer = scorer;
    }

    public TransliterationScorer scorer() {
        return scorer;
    }

    /** Every unlisted source name of the document with its rendering, in document order. */
    public List<NameLink> link(AlignedDocument doc) {
        return link(doc, Map.of());
    }

    /**
     * As {@link #link(AlignedDocument)}, with target spans that other analyses already explain (per target
     * sentence index): they render no unlisted name, unless one sounds like them.
     */
    public List<NameLink> link(AlignedDocument doc, Map<Integer, List<Span>> explained) {
        SourceNameFinder finder = new SourceNameFinder(doc.sourceLanguage(), glossaries,
                scorer.romanizer().dictionarySupplier());
        List<NameLink> out = new ArrayList<>();
        for (SentencePair pair : doc.pairs()) {
            out.addAll(link(pair, finder, explained));
        }
        return out;
    }

    private record Found(Sentence sentence, SourceName name) {
    }

    /** @param known explained already (a glossary form, a place): pairs by sound but is nobody's leftover */
    private record Candidate(Sentence sentence, Span span, boolean known) {
        String text() {
            return span.of(sentence.text());
        }
    }

    private record Scored(Found found, Candidate candidate, Plausibility plausibility) {
    }

    List<NameLink> link(SentencePair pair, SourceNameFinder finder, Map<Integer, List<Span>> explained) {
        Set<GlossaryEntry> entries = new LinkedHashSet<>();
        List<Found> names = new ArrayList<>();
        for (Sentence s : pair.source()) {
            List<SourceMatch> matches = glossaries.findSourceForms(s.text());
            matches.forEach(m -> entries.add(m.entry()));
            for (SourceName n : finder.find(s.text(), matches.stream().map(SourceMatch::span).toList())) {
                names.add(new Found(s, n));
            }
        }
        if (names.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence t : pair.target()) {
            List<Span> taken = new ArrayList<>();
            for (GlossaryEntry e : entries) {
                taken.addAll(glossaries.english(e).findAccepted(t.text()));
                taken.addAll(glossaries.english(e).findWrong(t.text()));
            }
            taken.addAll(placeSpans(t.text()));
            taken.addAll(explained.getOrDefault(t.index(), List.of()));
            for (Span run : NameCandidates.find(t.text(), glossaries.titleWords(), taken)) {
                for (Span sub : subRuns(t.text(), run)) {
                    candidates.add(new Candidate(t, sub, false));
                }
            }
            for (Span run : NameCandidates.find(t.text(), glossaries.titleWords(), List.of())) {
                for (Span sub : subRuns(t.text(), run)) {
                    if (taken.stream().anyMatch(x -> x.overlaps(sub))) {
                        candidates.add(new Candidate(t, sub, true));
                    }
                }
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (Found f : names) {
            for (Candidate c : candidates) {
                scored.add(new Scored(f, c, scorer.score(f.name(), c.text())));
            }
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.plausibility().score())
                .thenComparingInt(s -> -s.candidate().span().length()));
        Map<Found, Scored> chosen = new HashMap<>();
        List<Candidate> used = new ArrayList<>();
        for (Scored s : scored) {
            if (s.plausibility().score() < PAIRED) {
                break;
            }
            if (!chosen.containsKey(s.found()) && free(used, s.candidate())) {
                chosen.put(s.found(), s);
                used.add(s.candidate());
            }
        }
        List<NameLink> out = new ArrayList<>();
        for (Found f : names) {
            Scored s = chosen.get(f);
            int rivals = 0;
            if (s == null && f.name().isPerson()) {
                List<Candidate> left = leftOver(candidates.stream().filter(c -> !c.known()).toList(), used);
                rivals = Math.max(0, left.size() - 1);
                Scored best = null;
                for (Scored x : scored) {
                    if (x.found() == f && left.contains(x.candidate())
                            && (best == null || x.plausibility().score() > best.plausibility().score())) {
                        best = x;
                    }
                }
                s = best;
            }
            if (s == null) {
                int target = pair.target().isEmpty() ? -1 : pair.target().get(0).index();
                out.add(new NameLink(pair.linkIndex(), f.sentence().index(), f.name(), target, null, null,
                        Plausibility.NONE, 0));
            } else {
                Candidate c = s.candidate();
                out.add(new NameLink(pair.linkIndex(), f.sentence().index(), f.name(), c.sentence().index(),
                        c.span(), c.text(), s.plausibility(), rivals));
            }
        }
        return out;
    }

    /** Candidate sub-runs not overlapping a used one, whole runs only (the longest left in each run). */
    private static List<Candidate> leftOver(List<Candidate> candidates, List<Candidate> used) {
        List<Candidate> free = candidates.stream().filter(c -> free(used, c)).toList();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : free) {
            boolean inLonger = free.stream().anyMatch(o -> o != c && o.sentence() == c.sentence()
                    && o.span().contains(c.span()) && o.span().length() > c.span().length());
            if (!inLonger) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean free(List<Candidate> used, Candidate c) {
        return used.stream().noneMatch(u -> u.sentence() == c.sentence() && u.span().overlaps(c.span()));
    }

    /** Contiguous sub-runs of a name run, at most {@value #MAX_WORDS} words each. */
    static List<Span> subRuns(String text, Span run) {
        List<Span> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(run.start(), run.end());
        while (m.find()) {
            int end = m.end();
            while (end > m.start() + 1 && ".'’".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end - m.start() > 2 && text.regionMatches(true, end - 2, "'s", 0, 2)) {
                end -= 2;
            }
            words.add(new Span(m.start(), end));
        }
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i; j < Math.min(words.size(), i + MAX_WORDS); j++) {
                out.add(new Span(words.get(i).start(), words.get(j).end()));
            }
        }
        return out;
    }

    private static List<Span> placeSpans(String text) {
        List<Span> out = new ArrayList<>();
        String lower = NormalizedText.normalize(text).toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return out;
        }
        for (String place : PlaceWords.ENGLISH) {
            int from = 0;
            int at;
            while ((at = lower.indexOf(place, from)) >= 0) {
                int end = at + place.length();
                boolean bounded = (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                        && (end == lower.length() || !Character.isLetter(lower.charAt(end)));
                if (bounded) {
                    out.add(new Span(at, end));
                }
                from = end;
            }
        }
        return out;
    }

    /** ICU's English place names, lower-cased, longest first. */
    private static final class PlaceWords {
        static final List<String> ENGLISH = PlaceNames.icu().allEnglish().stream()
                .map(s -> s.toLowerCase(Locale.ROOT)).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The language a document's names are found in (for callers that build a finder themselves). */
    public SourceNameFinder finder(Language language) {
        return new SourceNameFinder(language, glossaries, scorer.romanizer().dictionarySupplier());
    }
}
