package aligncheck.glossary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules one entry must follow on its own, whatever it was read from (a JSON glossary, the command line, an
 * imported TBX or CSV file). Rules across entries (unique ids and source forms) are {@link GlossaryConflicts}'.
 *
 * <ul>
 *   <li>{@code id}: lower-case ASCII letters and digits joined by single dashes;</li>
 *   <li>{@code english} and every listed form: not blank, without surrounding blanks;</li>
 *   <li>at least one source form in {@code zh-Hans}, {@code zh-Hant} or {@code ja};</li>
 *   <li>no wrong form equal (ignoring case) to an accepted form.</li>
 * </ul>
 */
public final class EntryRules {
    static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** A broken rule: the field and what is wrong with it (without the file or the entry). */
    public record Violation(String field, String message) {
    }

    private EntryRules() {
    }

    /** True when {@code id} has the form of an entry id ({@code pete-hegseth}). */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The first rule the entry breaks, if any. */
    public static Optional<Violation> check(GlossaryEntry e) {
        if (!isValidId(e.id())) {
            return violation("id", "must be lower-case letters, digits and dashes, like \"pete-hegseth\"");
        }
        if (e.english().isBlank() || !e.english().equals(e.english().strip())) {
            return violation("english", "must be a non-empty string");
        }
        Map<String, List<String>> lists = Map.of("zh-Hans", e.zhHans(), "zh-Hant", e.zhHant(), "ja", e.ja(),
                "variants", e.variants(), "wrong", e.wrong());
        for (String field : List.of("zh-Hans", "zh-Hant", "ja", "variants", "wrong")) {
            for (String form : lists.get(field)) {
                if (form.isBlank() || !form.equals(form.strip())) {
                    return violation(field, "must contain only non-empty strings");
                }
            }
        }
        if (e.sourceForms().isEmpty()) {
            return violation("zh-Hans", "an entry needs at least one source form in zh-Hans, zh-Hant or ja");
        }
        for (String w : e.wrong()) {
            for (String ok : e.acceptedForms()) {
                if (ok.equalsIgnoreCase(w)) {
                    return violation("wrong", "\"" + w + "\" is also an accepted rendering");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> violation(String field, String message) {
        return Optional.of(new Violation(field, message));
    }
}
