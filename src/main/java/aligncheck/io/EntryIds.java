package aligncheck.io;

import aligncheck.glossary.EntryRules;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ids for imported entries. A valid id given by the file is kept as is (even when repeated: a repeated id is a
 * duplicate the merge reports). An entry without one, or with one that is not a valid id ({@code C_12}), gets an id
 * made from its English form ("Pete Hegseth" → {@code pete-hegseth}), with {@code -2}, {@code -3} … when that is
 * taken. Not thread-safe: one instance per file read.
 */
final class EntryIds {
    private final Set<String> used = new HashSet<>();

    String idFor(String given, String english) {
        if (EntryRules.isValidId(given)) {
            used.add(given);
            return given;
        }
        String base = slug(english);
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Lower-case ASCII letters and digits of {@code english}, accents dropped, other characters as dashes. */
    static String slug(String english) {
        String ascii = Normalizer.normalize(english, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("'", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "entry" : s;
    }
}
