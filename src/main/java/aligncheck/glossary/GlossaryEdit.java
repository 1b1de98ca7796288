package aligncheck.glossary;

import java.util.List;

/**
 * The outcome of adding an entry to a glossary file, or of merging glossaries into one.
 *
 * <p>Invariant: when {@link #refused()}, nothing was saved; {@code result} is the glossary as it would have been.
 *
 * @param result    the glossary saved (or that would have been saved)
 * @param conflicts the conflicts that refuse the edit, each naming both places; empty when it was saved
 * @param resolved  conflicts of a merge settled by a {@link GlossaryMerger.Preference} (for information)
 * @param collapsed identical duplicate entries a merge kept only once
 */
public record GlossaryEdit(Glossary result, List<GlossaryConflict> conflicts, List<GlossaryConflict> resolved,
                           int collapsed) {
    public GlossaryEdit {
        conflicts = List.copyOf(conflicts);
        resolved = List.copyOf(resolved);
    }

    public boolean refused() {
        return !conflicts.isEmpty();
    }
}
