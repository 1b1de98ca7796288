package aligncheck.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The union of several glossaries, in input order. Entries with the same id and the same content collapse into one;
 * entries with the same id and different content are a {@link GlossaryConflict.Kind#DIFFERENT_CONTENT} conflict,
 * which refuses the merge unless a {@link Preference} settles it. The union must also be free of the conflicts
 * {@link GlossaryConflicts} finds between different entries (a source form in two entries …); no preference settles
 * those.
 */
public final class GlossaryMerger {
    /** Which of two entries with the same id and different content to keep. */
    public enum Preference {
        /** The one met first (in input order); it keeps its position. */
        FIRST,
        /** The one met last; it takes the position of the first. */
        LAST
    }

    /**
     * Merges {@code inputs} into one glossary to be saved as {@code out}, named after that file and described as the
     * first input with a description.
     *
     * @param prefer how to settle the same id with different content; null refuses the merge instead
     */
    public GlossaryEdit merge(List<Glossary> inputs, Path out, Preference prefer) {
        List<LocatedEntry> merged = new ArrayList<>();
        Map<String, Integer> slot = new HashMap<>();
        List<GlossaryConflict> conflicts = new ArrayList<>();
        List<GlossaryConflict> resolved = new ArrayList<>();
        int collapsed = 0;
        String description = "";
        for (Glossary g : inputs) {
            if (description.isEmpty()) {
                description = g.description();
            }
            for (LocatedEntry e : g.located()) {
                Integer at = slot.putIfAbsent(e.id(), merged.size());
                if (at == null) {
                    merged.add(e);
                    continue;
                }
                LocatedEntry kept = merged.get(at);
                if (kept.entry().equals(e.entry())) {
                    collapsed++;
                    continue;
                }
                GlossaryConflict c = differentContent(e, kept);
                if (prefer == null) {
                    conflicts.add(c);
                } else {
                    resolved.add(c);
                    if (prefer == Preference.LAST) {
                        merged.set(at, e);
                    }
                }
            }
        }
        for (GlossaryConflict c : GlossaryConflicts.findAmong(merged)) {
            conflicts.add(c);
        }
        Glossary result = new Glossary(out, Glossary.nameOf(out), description,
                merged.stream().map(LocatedEntry::entry).toList());
        return new GlossaryEdit(result, conflicts, resolved, collapsed);
    }

    private static GlossaryConflict differentContent(LocatedEntry later, LocatedEntry first) {
        return new GlossaryConflict(GlossaryConflict.Kind.DIFFERENT_CONTENT, later, first,
                later.location().at("id") + ": entry \"" + later.id() + "\": differs in "
                        + String.join(", ", differingFields(later.entry(), first.entry()))
                        + " from the entry with the same id at " + first.location().at("id"));
    }

    /** The JSON names of the fields in which two entries differ. */
    static List<String> differingFields(GlossaryEntry a, GlossaryEntry b) {
        List<String> out = new ArrayList<>();
        addIf(out, "type", !a.type().equals(b.type()));
        addIf(out, "zh-Hans", !a.zhHans().equals(b.zhHans()));
        addIf(out, "zh-Hant", !a.zhHant().equals(b.zhHant()));
        addIf(out, "ja", !a.ja().equals(b.ja()));
        addIf(out, "english", !a.english().equals(b.english()));
        addIf(out, "variants", !a.variants().equals(b.variants()));
        addIf(out, "wrong", !a.wrong().equals(b.wrong()));
        addIf(out, "description", !a.description().equals(b.description()));
        addIf(out, "note", !a.note().equals(b.note()));
        return out;
    }

    private static void addIf(List<String> out, String field, boolean differs) {
        if (differs) {
            out.add(field);
        }
    }
}
