package aligncheck.check;

import aligncheck.align.AlignedDocument;
import aligncheck.align.SentencePair;
import aligncheck.check.NameRendering.Status;
import aligncheck.glossary.EntryType;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossarySet;
import aligncheck.glossary.SourceMatch;
import aligncheck.names.NameCandidates;
import aligncheck.text.EditDistance;
import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides, for every glossary name and title in each source sentence, what its aligned target made of it.
 *
 * <p>Per link and per entry (the first occurrence in the link's source stands for all): RIGHT when an accepted
 * form is in the link's target — unless a surname stands there with another given name ("Tsuyoshi Iwaya" for
 * 岩屋毅), which is WRONG; WRONG when a known wrong form is there, or (names, not titles) when a name-like run
 * of words there resembles the entry's English forms (similarity ≥ {@value #SIMILAR}); MISSING otherwise.
 */
final class NameRenderingAnalysis {
    static final double SIMILAR = 0.5;

    private final GlossarySet glossaries;
    /** Accepted renderings found in the current link, per entry (set per link; the analysis is single-use). */
    private Map<GlossaryEntry, List<TargetHit>> acceptedInLink = Map.of();

    NameRenderingAnalysis(GlossarySet glossaries) {
        this.glossaries = glossaries;
    }

    List<NameRendering> analyze(AlignedDocument doc) {
        List<NameRendering> out = new ArrayList<>();
        for (SentencePair pair : doc.pairs()) {
            analyzePair(pair, out);
        }
        return out;
    }

    private record Occurrence(Sentence sentence, SourceMatch match) {
    }

    private record TargetHit(Sentence sentence, Span span) {
        String text() {
            return span.of(sentence.text());
        }
    }

    private void analyzePair(SentencePair pair, List<NameRendering> out) {
        Map<GlossaryEntry, Occurrence> firsts = new LinkedHashMap<>();
        for (Sentence s : pair.source()) {
            for (SourceMatch m : glossaries.findSourceForms(s.text())) {
                firsts.putIfAbsent(m.entry(), new Occurrence(s, m));
            }
        }
        if (firsts.isEmpty()) {
            return;
        }
        // Target spans explained by the entries of this link: they are nobody else's candidates, and a form that
        // is right for one entry ("Finance Minister" for 财务大臣) is no wrong rendering of another (美国财长).
        Map<Sentence, List<Span>> taken = new LinkedHashMap<>();
        Map<GlossaryEntry, List<TargetHit>> acceptedByEntry = new LinkedHashMap<>();
        for (Sentence t : pair.target()) {
            List<Span> spans = new ArrayList<>();
            for (GlossaryEntry e : firsts.keySet()) {
                List<Span> ok = glossaries.english(e).findAccepted(t.text());
                ok.forEach(s -> acceptedByEntry.computeIfAbsent(e, k -> new ArrayList<>()).add(new TargetHit(t, s)));
                spans.addAll(ok);
                spans.addAll(glossaries.english(e).findWrong(t.text()));
            }
            taken.put(t, spans);
        }
        this.acceptedInLink = acceptedByEntry;
        Set<String> skip = new HashSet<>(glossaries.titleWords());
        for (var e : firsts.entrySet()) {
            out.add(render(pair, e.getKey(), e.getValue(), taken, skip));
        }
    }

    private NameRendering render(SentencePair pair, GlossaryEntry entry, Occurrence occ,
                                 Map<Sentence, List<Span>> taken, Set<String> skip) {
        List<TargetHit> accepted = hits(pair, entry, true);
        if (!accepted.isEmpty()) {
            for (TargetHit h : accepted) {
                TargetHit longer = wrongGivenName(entry, h, skip);
                if (longer != null) {
                    return wrong(pair, entry, occ, longer, false);
                }
            }
            TargetHit h = accepted.get(0);
            return result(pair, entry, occ, Status.RIGHT, h.sentence().index(), h.span(), h.text(), false, null);
        }
        List<TargetHit> known = hits(pair, entry, false).stream().filter(h -> !rightForAnother(entry, h)).toList();
        if (!known.isEmpty()) {
            return wrong(pair, entry, occ, known.get(0), true);
        }
        if (entry.type() != EntryType.TITLE) {
            TargetHit best = null;
            double bestSim = SIMILAR;
            for (Sentence t : pair.target()) {
                for (Span c : NameCandidates.find(t.text(), skip, taken.get(t))) {
                    double sim = similarity(entry, c.of(t.text()));
                    if (sim >= bestSim) {
                        bestSim = sim;
                        best = new TargetHit(t, c);
                    }
                }
            }
            if (best != null) {
                return wrong(pair, entry, occ, best, false);
            }
        }
        int target = pair.target().isEmpty() ? -1 : pair.target().get(0).index();
        return result(pair, entry, occ, Status.MISSING, target, null, null, false,
                expectedFor(entry, occ.match().text(), glossaries.titleWords()));
    }

    private boolean rightForAnother(GlossaryEntry entry, TargetHit hit) {
        for (var e : acceptedInLink.entrySet()) {
            if (e.getKey() != entry) {
                for (TargetHit ok : e.getValue()) {
                    if (ok.sentence() == hit.sentence() && ok.span().overlaps(hit.span())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A surname found with a given name before (or, for Japanese names, after) it that is not the entry's. */
    private static TargetHit wrongGivenName(GlossaryEntry entry, TargetHit hit, Set<String> skip) {
        if (entry.type() != EntryType.PERSON || hit.text().trim().contains(" ")) {
            return null;
        }
        String text = hit.sentence().text();
        if (NameCandidates.looksLikeTitleCase(text)) {
            return null;
        }
        Span before = NameCandidates.runBefore(text, hit.span().start(), skip);
        if (before != null && before.of(text).split("[\\s-]+").length <= 2) {
            return new TargetHit(hit.sentence(), new Span(before.start(), hit.span().end()));
        }
        if (!entry.ja().isEmpty()) {
            Span after = NameCandidates.runAfter(text, hit.span().end(), skip);
            if (after != null) {
                return new TargetHit(hit.sentence(), new Span(hit.span().start(), after.end()));
            }
        }
        return null;
    }

    private List<TargetHit> hits(SentencePair pair, GlossaryEntry entry, boolean acceptedForms) {
        List<TargetHit> out = new ArrayList<>();
        for (Sentence t : pair.target()) {
            var forms = glossaries.english(entry);
            for (Span s : acceptedForms ? forms.findAccepted(t.text()) : forms.findWrong(t.text())) {
                out.add(new TargetHit(t, s));
            }
        }
        return out;
    }

    private static double similarity(GlossaryEntry entry, String candidate) {
        double best = 0;
        for (String form : entry.acceptedForms()) {
            best = Math.max(best, EditDistance.similarity(form, candidate));
            for (String word : form.split("[\\s-]+")) {
                if (word.length() >= 3) {
                    best = Math.max(best, EditDistance.similarity(word, candidate));
                }
            }
        }
        return best;
    }

    private NameRendering wrong(SentencePair pair, GlossaryEntry entry, Occurrence occ, TargetHit hit, boolean known) {
        return result(pair, entry, occ, Status.WRONG, hit.sentence().index(), hit.span(), hit.text(), known,
                suggestionFor(entry, hit.text(), glossaries.titleWords()));
    }

    private static NameRendering result(SentencePair pair, GlossaryEntry entry, Occurrence occ, Status status,
                                        int targetSentence, Span span, String text, boolean known, String suggestion) {
        SourceMatch m = occ.match();
        return new NameRendering(entry, pair.linkIndex(), occ.sentence().index(), m.span(), m.text(), status,
                targetSentence, span, text, known, suggestion);
    }

    /**
     * The accepted form that best replaces {@code wrong}: for a one-word rendering the closest one-word form (the
     * surname, usually), for a longer one the canonical form. Forms with a title word ("Secretary Hegseth") are
     * never suggested for a name.
     */
    static String suggestionFor(GlossaryEntry entry, String wrong, Set<String> titleWords) {
        boolean oneWord = wordCount(wrong) == 1;
        if (!oneWord || entry.type() == EntryType.TITLE) {
            return entry.english();
        }
        return shortestForm(entry, titleWords, wrong);
    }

    /** The expected form for a name with no rendering: the short form for a short source form, else canonical. */
    static String expectedFor(GlossaryEntry entry, String sourceText, Set<String> titleWords) {
        boolean fullForm = firstForms(entry).contains(sourceText) || entry.sourceForms().size() == 1;
        return fullForm ? entry.english() : shortestForm(entry, titleWords, null);
    }

    private static List<String> firstForms(GlossaryEntry entry) {
        List<String> firsts = new ArrayList<>();
        for (List<String> forms : List.of(entry.zhHans(), entry.zhHant(), entry.ja())) {
            if (!forms.isEmpty()) {
                firsts.add(forms.get(0));
            }
        }
        return firsts;
    }

    private static String shortestForm(GlossaryEntry entry, Set<String> titleWords, String closeTo) {
        String best = entry.english();
        double bestScore = -1;
        for (String form : entry.acceptedForms()) {
            if (wordCount(form) != 1 || hasTitleWord(form, titleWords)) {
                continue;
            }
            double score = closeTo == null ? -form.length() / 100.0 : EditDistance.similarity(form, closeTo);
            if (score > bestScore) {
                bestScore = score;
                best = form;
            }
        }
        return best;
    }

    private static int wordCount(String s) {
        return s.trim().split("\\s+").length;
    }

    private static boolean hasTitleWord(String form, Set<String> titleWords) {
        for (String w : form.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (titleWords.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
