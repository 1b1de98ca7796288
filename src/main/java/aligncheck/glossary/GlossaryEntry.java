package aligncheck.glossary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One person, organization, place or title with its source forms and English renderings. Immutable.
 *
 * @param id          unique within all loaded glossaries, lower-case with dashes: {@code pete-hegseth}
 * @param zhHans      simplified Chinese forms, the full form first, then short forms (surname alone)
 * @param zhHant      traditional Chinese forms
 * @param ja          Japanese forms
 * @param english     the canonical English form: "Pete Hegseth"
 * @param variants    other accepted English forms: "Hegseth", "Secretary Hegseth" (possessives and, for
 *                    two-word names, the reversed order are accepted without listing them)
 * @param wrong       known wrong renderings: "Hagel", "Hegsas"
 * @param description one line: "U.S. Secretary of Defense since 2025"
 * @param note        free text for glossary maintainers, may be empty
 */
public record GlossaryEntry(String id, EntryType type, List<String> zhHans, List<String> zhHant, List<String> ja,
                            String english, List<String> variants, List<String> wrong,
                            String description, String note) {
    public GlossaryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(english, "english");
        zhHans = List.copyOf(zhHans);
        zhHant = List.copyOf(zhHant);
        ja = List.copyOf(ja);
        variants = List.copyOf(variants);
        wrong = List.copyOf(wrong);
        description = description == null ? "" : description;
        note = note == null ? "" : note;
    }

    /** All source forms, all scripts, duplicates removed, in file order. */
    public List<String> sourceForms() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.addAll(zhHans);
        all.addAll(zhHant);
        all.addAll(ja);
        return new ArrayList<>(all);
    }

    /** The canonical form followed by the listed variants. */
    public List<String> acceptedForms() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(english);
        all.addAll(variants);
        return new ArrayList<>(all);
    }

    public boolean isTitle() {
        return type == EntryType.TITLE;
    }
}
