package aligncheck.io;

import aligncheck.glossary.EntryLocation;
import aligncheck.glossary.EntryRules;
import aligncheck.glossary.EntryType;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossaryException;
import aligncheck.glossary.LocatedEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An entry being read from an interchange file, field by field; {@link #toEntry} turns it into a
 * {@link GlossaryEntry} checked with {@link EntryRules}, or names the file, line and field that is wrong. Forms are
 * stripped and kept once per list, in the order met.
 */
final class EntryDraft {
    String id = "";
    EntryType type;
    final Set<String> zhHans = new LinkedHashSet<>();
    final Set<String> zhHant = new LinkedHashSet<>();
    final Set<String> ja = new LinkedHashSet<>();
    String english = "";
    final Set<String> variants = new LinkedHashSet<>();
    final Set<String> wrong = new LinkedHashSet<>();
    String description = "";
    String note = "";

    /** Adds a form to a list, unless blank. */
    static void add(Set<String> list, String form) {
        String f = form.strip();
        if (!f.isEmpty()) {
            list.add(f);
        }
    }

    /**
     * The entry, with {@code ids} giving it an id when the file had none or an unusable one, and {@code typeWhenAbsent}
     * its type when the file gave none. Messages read like the JSON reader's:
     * {@code file:line: entry "x": field "zh-Hans": …}.
     */
    LocatedEntry toEntry(Path file, int line, EntryType typeWhenAbsent, EntryIds ids) throws GlossaryException {
        if (english.isBlank() && !variants.isEmpty()) {
            english = variants.iterator().next();
        }
        variants.remove(english);
        if (english.isBlank()) {
            throw new GlossaryException(file, line, (id.isBlank() ? "entry" : "entry \"" + id.strip() + "\"")
                    + ": field \"english\": no English form");
        }
        String entryId = ids.idFor(id.strip(), english);
        GlossaryEntry e = new GlossaryEntry(entryId, type == null ? typeWhenAbsent : type, new ArrayList<>(zhHans),
                new ArrayList<>(zhHant), new ArrayList<>(ja), english.strip(), new ArrayList<>(variants),
                new ArrayList<>(wrong), description.strip(), note.strip());
        var broken = EntryRules.check(e);
        if (broken.isPresent()) {
            throw new GlossaryException(file, line, "entry \"" + entryId + "\": field \""
                    + broken.get().field() + "\": " + broken.get().message());
        }
        return new LocatedEntry(e, new EntryLocation(file, line, Map.of()));
    }
}
