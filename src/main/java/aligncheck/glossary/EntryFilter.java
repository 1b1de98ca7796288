package aligncheck.glossary;

import aligncheck.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Selects entries by type and by a search text. The text matches, as a substring, the id, any source or English form
 * (accepted or wrong) and the description, ignoring case, width, separators and blanks, and traditional versus
 * simplified characters: "國防" finds 国防部长, "hegseth" finds Pete Hegseth.
 *
 * @param type   only entries of this type; null for all
 * @param search the search text; null or blank for all
 */
public record EntryFilter(EntryType type, String search) implements Predicate<GlossaryEntry> {
    private static final Pattern IGNORED = Pattern.compile("[·\\s]");

    @Override
    public boolean test(GlossaryEntry e) {
        if (type != null && e.type() != type) {
            return false;
        }
        if (search == null || search.isBlank()) {
            return true;
        }
        String wanted = key(search);
        List<String> texts = new ArrayList<>(List.of(e.id(), e.description()));
        texts.addAll(e.sourceForms());
        texts.addAll(e.acceptedForms());
        texts.addAll(e.wrong());
        return texts.stream().anyMatch(t -> key(t).contains(wanted));
    }

    private static String key(String s) {
        return IGNORED.matcher(NormalizedText.normalize(s).toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
