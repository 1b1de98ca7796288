package aligncheck.glossary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changes glossary files in place: adds an entry, removes one, merges glossaries into a file. Every change is checked
 * before it is saved, with the rules of {@link EntryRules} and {@link GlossaryConflicts}, so that a file that was
 * valid stays valid; a refused change saves nothing. Saves are atomic ({@link GlossaryWriter#save}); a file that
 * cannot be written is a {@link GlossaryException} naming it.
 */
public final class GlossaryFileEditor {
    private final GlossaryReader reader = new GlossaryReader();
    private final GlossaryWriter writer = new GlossaryWriter();

    /** The glossary in {@code file}, or a new empty one named after the file when the file does not exist. */
    public Glossary open(Path file) throws GlossaryException {
        if (Files.exists(file)) {
            return reader.readFile(file);
        }
        return new Glossary(file, Glossary.nameOf(file), "", List.of());
    }

    /**
     * Appends {@code entry} to the glossary in {@code into} (created when absent) and saves it, unless the entry
     * breaks a rule or clashes with an entry of {@code into} or of {@code others} (the glossaries used together with
     * it; {@code into} itself among them is skipped).
     *
     * @return the edit; {@linkplain GlossaryEdit#refused() refused} with the clashes, each naming the existing
     *         entry's {@code file:line}
     * @throws GlossaryException the entry breaks a rule of {@link EntryRules}, or {@code into} does not read
     */
    public GlossaryEdit add(Path into, GlossaryEntry entry, List<Glossary> others) throws GlossaryException {
        Optional<EntryRules.Violation> broken = EntryRules.check(entry);
        if (broken.isPresent()) {
            throw new GlossaryException(into, 0, "new entry \"" + entry.id() + "\": field \""
                    + broken.get().field() + "\": " + broken.get().message());
        }
        Glossary target = open(into);
        LocatedEntry added = new LocatedEntry(entry, EntryLocation.unknown(into));
        List<LocatedEntry> all = new ArrayList<>();
        for (Glossary g : others) {
            if (g.source() == null || !sameFile(g.source(), into)) {
                all.addAll(g.located());
            }
        }
        all.addAll(target.located());
        all.add(added);
        List<GlossaryConflict> clashes = GlossaryConflicts.findAmong(all).stream()
                .filter(c -> c.entry() == added || c.other() == added).toList();
        List<GlossaryEntry> entries = new ArrayList<>(target.entries());
        entries.add(entry);
        Glossary result = target.withEntries(entries);
        if (clashes.isEmpty()) {
            save(result, into);
        }
        return new GlossaryEdit(result, clashes, List.of(), 0);
    }

    /**
     * Removes the entry {@code id} from the glossary in {@code from} and saves it.
     *
     * @return the entry removed; empty (and nothing saved) when the file has no such entry
     */
    public Optional<GlossaryEntry> remove(Path from, String id) throws GlossaryException {
        Glossary g = reader.readFile(from);
        Optional<GlossaryEntry> gone = g.entries().stream().filter(e -> e.id().equals(id)).findFirst();
        if (gone.isPresent()) {
            save(g.withEntries(g.entries().stream().filter(e -> !e.id().equals(id)).toList()), from);
        }
        return gone;
    }

    /**
     * Merges {@code inputs} into {@code into} with {@link GlossaryMerger} and saves the union there, unless refused.
     * When {@code into} exists and is not one of the inputs, its own entries come first.
     */
    public GlossaryEdit mergeInto(Path into, List<Glossary> inputs, GlossaryMerger.Preference prefer)
            throws GlossaryException {
        List<Glossary> all = new ArrayList<>();
        boolean intoListed = false;
        for (Glossary g : inputs) {
            intoListed |= g.source() != null && sameFile(g.source(), into);
        }
        if (!intoListed && Files.exists(into)) {
            all.add(reader.readFile(into));
        }
        all.addAll(inputs);
        GlossaryEdit edit = new GlossaryMerger().merge(all, into, prefer);
        if (!edit.refused()) {
            save(edit.result(), into);
        }
        return edit;
    }

    private void save(Glossary g, Path file) throws GlossaryException {
        try {
            writer.save(g, file);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /** A one-line {@link GlossaryException} for a file that cannot be written. */
    public static GlossaryException cannotWrite(Path file, IOException e) {
        String reason = e instanceof java.nio.file.NoSuchFileException ? "no such directory"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getMessage();
        return new GlossaryException(file, 0, "cannot write: " + reason);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // fall through to comparing the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
