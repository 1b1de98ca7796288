package aligncheck.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The glossaries in force for a run, with the lookups the checks need. Immutable and thread-safe; the lookup
 * structures are built once, on construction.
 */
public final class GlossarySet {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final List<Glossary> glossaries;
    private final List<GlossaryEntry> entries;
    private final Map<String, GlossaryEntry> byId;
    private final SourceFormIndex sourceIndex;
    private final Map<String, List<GlossaryEntry>> wrongByFirstWord;
    private final Map<String, List<GlossaryEntry>> acceptedByFirstWord;
    private final Set<String> titleWords;
    private final Map<String, EnglishForms> englishForms = new ConcurrentHashMap<>();

    public GlossarySet(List<Glossary> glossaries) {
        this.glossaries = List.copyOf(glossaries);
        this.entries = this.glossaries.stream().flatMap(g -> g.entries().stream()).toList();
        this.byId = new HashMap<>();
        for (GlossaryEntry e : entries) {
            byId.putIfAbsent(e.id(), e);
        }
        this.sourceIndex = new SourceFormIndex(entries);
        this.wrongByFirstWord = new HashMap<>();
        this.acceptedByFirstWord = new HashMap<>();
        Set<String> titles = new HashSet<>();
        for (GlossaryEntry e : entries) {
            for (String f : e.acceptedForms()) {
                for (String k : firstWords(f)) {
                    acceptedByFirstWord.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
                }
            }
            for (String w : e.wrong()) {
                firstWord(w).ifPresent(k -> wrongByFirstWord.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
            }
            if (e.isTitle()) {
                for (String f : e.acceptedForms()) {
                    Matcher m = WORD.matcher(EnglishForms.key(f));
                    while (m.find()) {
                        titles.add(m.group());
                    }
                }
            }
        }
        this.titleWords = Set.copyOf(titles);
    }

    public static GlossarySet empty() {
        return new GlossarySet(List.of());
    }

    public List<Glossary> glossaries() {
        return glossaries;
    }

    public List<GlossaryEntry> entries() {
        return entries;
    }

    public Optional<GlossaryEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Source forms of all entries found in a Chinese or Japanese text. */
    public List<SourceMatch> findSourceForms(String sourceText) {
        return sourceIndex.find(sourceText);
    }

    /** The English matcher of one entry (built on first use, then cached). */
    public EnglishForms english(GlossaryEntry entry) {
        return englishForms.computeIfAbsent(entry.id(), id -> new EnglishForms(entry));
    }

    /** Entries that have a known wrong form which may occur in the text (a cheap pre-filter by first word). */
    public List<GlossaryEntry> entriesWithWrongFormsIn(String englishText) {
        LinkedHashSet<GlossaryEntry> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(EnglishForms.key(englishText));
        while (m.find()) {
            List<GlossaryEntry> es = wrongByFirstWord.get(m.group());
            if (es != null) {
                out.addAll(es);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * True when {@code span} of the English text overlaps an accepted form of any entry: such text is a right
     * rendering of someone, whatever else it may be a wrong rendering of ("Hegseth" is wrong for Chuck Hagel but
     * right for Pete Hegseth).
     */
    public boolean isAcceptedFormOfSomeEntry(String englishText, aligncheck.text.Span span) {
        LinkedHashSet<GlossaryEntry> candidates = new LinkedHashSet<>();
        Matcher m = WORD.matcher(EnglishForms.key(englishText));
        while (m.find()) {
            List<GlossaryEntry> es = acceptedByFirstWord.get(m.group());
            if (es != null) {
                candidates.addAll(es);
            }
        }
        for (GlossaryEntry e : candidates) {
            for (aligncheck.text.Span ok : english(e).findAccepted(englishText)) {
                if (ok.overlaps(span)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower-case words that occur in the English forms of title entries ("secretary", "minister", …). */
    public Set<String> titleWords() {
        return titleWords;
    }

    /** The first word of a form and, for a two-word person name, of its reversed order. */
    private static List<String> firstWords(String form) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(EnglishForms.key(form));
        while (m.find()) {
            out.add(m.group());
        }
        return out.isEmpty() ? out : out.size() == 2 ? List.of(out.get(0), out.get(1)) : List.of(out.get(0));
    }

    private static Optional<String> firstWord(String form) {
        Matcher m = WORD.matcher(EnglishForms.key(form));
        return m.find() ? Optional.of(m.group().toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
