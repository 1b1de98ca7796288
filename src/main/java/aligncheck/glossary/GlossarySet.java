package aligncheck.glossary;

import java.util.List;

/** The glossaries in force for a run, with lookups over all their entries. */
public final class GlossarySet {
    private final List<Glossary> glossaries;
    private final List<GlossaryEntry> entries;

    public GlossarySet(List<Glossary> glossaries) {
        this.glossaries = List.copyOf(glossaries);
        this.entries = this.glossaries.stream().flatMap(g -> g.entries().stream()).toList();
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
}
