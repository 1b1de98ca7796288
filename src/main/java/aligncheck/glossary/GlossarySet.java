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
    private final EnglishFormIndex wrongIndex;
    private final EnglishFormIndex acceptedIndex;
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
        this.wrongIndex = new EnglishFormIndex(entries);
        this.acceptedIndex = new EnglishFormIndex(entries);
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            GlossaryEntry e = entries.get(i);
            for (String f : e.acceptedForms()) {
                acceptedIndex.add(f, i);
                String[] words = f.trim().split("\\s+");
                if (words.length == 2) {
                    acceptedIndex.add(words[1] + " " + words[0], i);
                }
            }
            for (String w : e.wrong()) {
                wrongIndex.add(w, i);
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

    /**
     * Entries that have a known wrong form which may occur in the text: every entry whose wrong form matches is
     * among them, and only entries with a wrong form whose words all occur there, in order. One pass over the
     * text's words, whatever the size of the glossaries ({@link EnglishFormIndex}).
     */
    public List<GlossaryEntry> entriesWithWrongFormsIn(String englishText) {
        return wrongIndex.candidates(englishText);
    }

    /**
     * True when {@code span} of the English text overlaps an accepted form of any entry: such text is a right
     * rendering of someone, whatever else it may be a wrong rendering of ("Hegseth" is wrong for Chuck Hagel but
     * right for Pete Hegseth).
     */
    public boolean isAcceptedFormOfSomeEntry(String englishText, aligncheck.text.Span span) {
        for (GlossaryEntry e : acceptedIndex.candidates(englishText)) {
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

}
