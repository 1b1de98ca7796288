package aligncheck.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of one glossary file.
 *
 * <p>Invariant: {@code locations} is either empty (a glossary built in memory) or has one element per entry, in the
 * same order: {@code locations.get(i)} is where {@code entries.get(i)} stands in {@code source}.
 *
 * @param source    where it was read from (null for one built in memory)
 * @param name      the file's {@code "name"}
 * @param locations where each entry stands in the file, see above
 */
public record Glossary(Path source, String name, String description, List<GlossaryEntry> entries,
                       List<EntryLocation> locations) {
    public Glossary {
        entries = List.copyOf(entries);
        description = description == null ? "" : description;
        locations = List.copyOf(locations);
        if (!locations.isEmpty() && locations.size() != entries.size()) {
            throw new IllegalArgumentException(locations.size() + " locations for " + entries.size() + " entries");
        }
    }

    /** A glossary without entry locations (built in memory). */
    public Glossary(Path source, String name, String description, List<GlossaryEntry> entries) {
        this(source, name, description, entries, List.of());
    }

    /** The name a glossary saved as {@code file} has: the file name without its extension ({@code titles}). */
    public static String nameOf(Path file) {
        String f = file.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }

    /** Where entry {@code index} stands; {@link EntryLocation#unknown} when the glossary has no locations. */
    public EntryLocation location(int index) {
        return locations.isEmpty() ? EntryLocation.unknown(source) : locations.get(index);
    }

    /** The entries with their locations, in file order. */
    public List<LocatedEntry> located() {
        List<LocatedEntry> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            out.add(new LocatedEntry(entries.get(i), location(i)));
        }
        return out;
    }

    /** The same glossary with other entries (and no locations: they are no longer those of a file). */
    public Glossary withEntries(List<GlossaryEntry> newEntries) {
        return new Glossary(source, name, description, newEntries);
    }
}
