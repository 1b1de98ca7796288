package aligncheck.names;

import aligncheck.align.AlignedDocument;
import aligncheck.glossary.EntryRules;
import aligncheck.glossary.EntryType;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossarySet;
import aligncheck.text.Language;
import aligncheck.text.NormalizedText;
import aligncheck.text.Sentence;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes glossary entries for the names of a checked document that no glossary knows: the source names
 * {@link NameLinker} paired with English (pass {@code CheckContext.nameLinks()}), kept when {@link RenderingJudge}
 * finds the rendering PLAUSIBLE. One suggestion per source name: a surname alone joins the full name it is the
 * surname of (as in {@link NameConsistency}); when a name has several incompatible renderings the one most places
 * use wins, and a tie is skipped. A name whose English is already an accepted form of a glossary entry, or lies
 * inside one ("Nakatani" for 中谷, "Shangri-La" for シャングリラ), is skipped: it is a short form of that entry,
 * which a terminologist should extend instead. Places are never judged, so never suggested. Thread-safe.
 */
public final class GlossarySuggester {
    private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9]+");

    /**
     * A proposed entry: a source name and its English, first seen at the given sentences (0-based).
     *
     * @param sourceForm     the full source form as written, white space removed
     * @param confidence     the phonetic plausibility of the rendering ({@link Plausibility#score()}), in [0,1]: a
     *                       PLAUSIBLE verdict carries no confidence of its own
     * @param proposedId     in the glossary id style, unique among the loaded glossaries and the other suggestions
     * @param shortForm      the surname alone in the source when the document writes it so, else null
     */
    public record Suggestion(String sourceForm, String english, int sourceSentence, int targetSentence,
                             double confidence, EntryType type, String proposedId, String shortForm) {
        /**
         * The entry for this suggestion in the document's source language ({@code ja}, or {@code zh-Hans} /
         * {@code zh-Hant} by script), with the English surname alone as a variant when the translation uses it, and
         * "suggested from FILE" as its description.
         */
        public GlossaryEntry toEntry(AlignedDocument document) {
            List<String> forms = new ArrayList<>();
            forms.add(sourceForm);
            if (shortForm != null) {
                forms.add(shortForm);
            }
            List<String> hans = new ArrayList<>();
            List<String> hant = new ArrayList<>();
            List<String> ja = new ArrayList<>();
            for (String f : forms) {
                if (document.sourceLanguage() == Language.JA) {
                    ja.add(f);
                } else if (NormalizedText.normalize(f).equals(Normalizer.normalize(f, Normalizer.Form.NFKC))) {
                    hans.add(f);
                } else {
                    hant.add(f);
                }
            }
            List<String> variants = surnameInDocument(document).map(List::of).orElse(List.of());
            return new GlossaryEntry(proposedId, type, hans, hant, ja, english, variants, List.of(),
                    "suggested from " + document.targetText().path().getFileName(), "");
        }

        /** The English surname when the name has two words and the translation also writes it alone. */
        Optional<String> surnameInDocument(AlignedDocument document) {
            String[] words = english.split(" ");
            if (words.length != 2 || type != EntryType.PERSON) {
                return Optional.empty();
            }
            boolean surnameFirst = document.sourceLanguage() == Language.ZH && !sourceForm.matches(".*[·・•].*")
                    && sourceForm.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN);
            String surname = surnameFirst ? words[0] : words[1];
            String fullEither = Pattern.quote(english) + "|" + Pattern.quote(words[1] + " " + words[0]);
            Pattern alone = Pattern.compile("(?<![\\p{L}\\p{M}-])" + Pattern.quote(surname) + "(?![\\p{L}\\p{M}-])");
            for (Sentence s : document.target()) {
                String rest = s.text().replaceAll(fullEither, " ");
                if (alone.matcher(rest).find()) {
                    return Optional.of(surname);
                }
            }
            return Optional.empty();
        }
    }

    /** A name not suggested, and why: "rendered 2 ways with equal support: "A", "B"". */
    public record Skipped(String sourceForm, String reason) {
    }

    /** What {@link #suggest} found. */
    public record Result(List<Suggestion> suggestions, List<Skipped> skipped) {
        public Result {
            suggestions = List.copyOf(suggestions);
            skipped = List.copyOf(skipped);
        }
    }

    private final GlossarySet glossaries;
    private final RenderingJudge judge;

    public GlossarySuggester(GlossarySet glossaries, RenderingJudge judge) {
        this.glossaries = glossaries;
        this.judge = judge;
    }

    /** The suggestions for {@code links} (the document's {@code CheckContext.nameLinks()}), in document order. */
    public Result suggest(List<NameLink> links) {
        Map<String, List<NameLink>> groups = new LinkedHashMap<>();
        for (NameLink l : links) {
            if (l.hasRendering() && judge.judge(l).kind() == Verdict.Kind.PLAUSIBLE) {
                groups.computeIfAbsent(l.name().key(), k -> new ArrayList<>()).add(l);
            }
        }
        joinSurnames(groups);
        Set<String> ids = new HashSet<>();
        glossaries.entries().forEach(e -> ids.add(e.id()));
        List<Suggestion> out = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (List<NameLink> places : groups.values()) {
            NameLink full = places.stream().filter(l -> l.name().parts().size() > 1).findFirst().orElse(places.get(0));
            String source = full.name().text().replaceAll("\\s+", "");
            Optional<NameLink> chosen = majority(places, source, skipped);
            if (chosen.isEmpty()) {
                continue;
            }
            NameLink l = chosen.get();
            String english = l.english().replaceAll("\\s+", " ").replaceAll("('s|’s|'|’)$", "");
            Optional<GlossaryEntry> owner = ownerOf(english);
            if (owner.isPresent()) {
                skipped.add(new Skipped(source, "\"" + english + "\" is an accepted form of entry \""
                        + owner.get().id() + "\" (" + owner.get().english() + ") or part of one: a short form of it?"));
                continue;
            }
            String shortForm = places.stream().map(p -> p.name().text().replaceAll("\\s+", ""))
                    .filter(f -> !f.equals(source) && f.codePointCount(0, f.length()) >= 3).findFirst().orElse(null);
            String id = uniqueId(english, ids);
            ids.add(id);
            out.add(new Suggestion(source, english, l.sourceSentence(), l.targetSentence(),
                    l.plausibility().score(), EntryType.PERSON, id, shortForm));
        }
        out.sort((a, b) -> Integer.compare(a.sourceSentence(), b.sourceSentence()));
        return new Result(out, skipped);
    }

    /** A one-part name (a surname alone) joins the one multi-part name whose surname it is. */
    private static void joinSurnames(Map<String, List<NameLink>> groups) {
        Map<String, List<String>> fullBySurname = new LinkedHashMap<>();
        for (Map.Entry<String, List<NameLink>> g : groups.entrySet()) {
            SourceName n = g.getValue().get(0).name();
            if (n.parts().size() > 1) {
                boolean surnameFirst = n.kind() == NameKind.KANJI_PERSON || n.kind() == NameKind.HAN_PERSON;
                String surname = surnameFirst ? n.parts().get(0) : n.parts().get(n.parts().size() - 1);
                fullBySurname.computeIfAbsent(SourceNameFinder.key(List.of(surname)), k -> new ArrayList<>())
                        .add(g.getKey());
            }
        }
        for (Map.Entry<String, List<String>> e : fullBySurname.entrySet()) {
            List<NameLink> alone = groups.get(e.getKey());
            if (e.getValue().size() == 1 && alone != null && alone.get(0).name().parts().size() == 1) {
                groups.get(e.getValue().get(0)).addAll(alone);
                groups.remove(e.getKey());
            }
        }
    }

    /**
     * The first place of the rendering most places agree with (the longest such form, so the full name wins over
     * the surname alone), or empty when two incompatible renderings have the same support.
     */
    private static Optional<NameLink> majority(List<NameLink> places, String source, List<Skipped> skipped) {
        List<EnglishNameForm> forms = places.stream().map(p -> EnglishNameForm.of(p.english())).toList();
        int best = -1;
        int bestAt = -1;
        boolean tie = false;
        for (int i = 0; i < forms.size(); i++) {
            EnglishNameForm f = forms.get(i);
            int support = (int) forms.stream().filter(f::compatible).count();
            EnglishNameForm ref = bestAt < 0 ? null : forms.get(bestAt);
            if (support > best || support == best && f.words().size() > ref.words().size() && f.compatible(ref)) {
                tie = support == best && !f.compatible(ref);
                best = support;
                bestAt = i;
            } else if (support == best && !f.compatible(ref)) {
                tie = true;
            }
        }
        if (tie) {
            List<String> ways = places.stream().map(NameLink::english).distinct().map(e -> "\"" + e + "\"").toList();
            skipped.add(new Skipped(source, "rendered " + ways.size() + " ways with equal support: "
                    + String.join(", ", ways)));
            return Optional.empty();
        }
        return Optional.of(places.get(bestAt));
    }

    /** The glossary entry one of whose accepted forms is this English or contains all its words. */
    private Optional<GlossaryEntry> ownerOf(String english) {
        EnglishNameForm form = EnglishNameForm.of(english);
        for (GlossaryEntry e : glossaries.entries()) {
            for (String ok : e.acceptedForms()) {
                if (form.within(EnglishNameForm.of(ok))) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** "Pedro Sánchez" → {@code pedro-sanchez}, with {@code -2}, {@code -3} … when taken. */
    static String uniqueId(String english, Set<String> taken) {
        String ascii = Normalizer.normalize(english, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String base = NOT_ID.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-|-$", "");
        if (base.isEmpty()) {
            base = "name";
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        if (!EntryRules.isValidId(id)) {
            throw new IllegalStateException("bad id " + id);
        }
        return id;
    }
}
