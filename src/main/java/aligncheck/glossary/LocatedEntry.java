package aligncheck.glossary;

/** A glossary entry together with where it stands. */
public record LocatedEntry(GlossaryEntry entry, EntryLocation location) {
    public String id() {
        return entry.id();
    }
}
