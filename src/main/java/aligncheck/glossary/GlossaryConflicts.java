package aligncheck.glossary;

import aligncheck.text.NormalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds every pair of entries that cannot stand together: the same id twice, the same source form in two entries
 * (compared as the matcher sees them: NFKC, traditional → simplified, separators and blanks ignored), and a wrong
 * form of one entry that is an accepted form (ignoring case) of another entry with a shared source form.
 *
 * <p>When more than two entries share an id or a form, each later one is reported against the first.
 */
public final class GlossaryConflicts {
    private static final Pattern SEPARATORS = Pattern.compile("[·\\s]");
    private static final List<String> SOURCE_FIELDS = List.of("zh-Hans", "zh-Hant", "ja");

    private GlossaryConflicts() {
    }

    /** The conflicts among the entries of these glossaries, in file order. */
    public static List<GlossaryConflict> find(List<Glossary> glossaries) {
        return findAmong(glossaries.stream().flatMap(g -> g.located().stream()).toList());
    }

    /** The conflicts among these entries, in their order. */
    public static List<GlossaryConflict> findAmong(List<LocatedEntry> entries) {
        List<GlossaryConflict> out = new ArrayList<>();
        Map<String, LocatedEntry> byId = new HashMap<>();
        Map<String, SourceForm> byForm = new HashMap<>();
        Set<List<LocatedEntry>> pairsChecked = new HashSet<>();
        for (LocatedEntry e : entries) {
            LocatedEntry first = byId.putIfAbsent(e.id(), e);
            if (first != null) {
                out.add(new GlossaryConflict(GlossaryConflict.Kind.DUPLICATE_ID, e, first,
                        e.location().at("id") + ": entry \"" + e.id() + "\": id already used at "
                                + first.location().at("id")));
                continue;
            }
            for (SourceForm f : sourceForms(e)) {
                SourceForm owner = byForm.putIfAbsent(f.key(), f);
                if (owner == null || owner.entry() == e) {
                    continue;
                }
                out.add(sharedForm(f, owner));
                if (!pairsChecked.add(List.of(e, owner.entry()))) {
                    continue;
                }
                wrongAccepted(e, owner.entry(), f.form()).ifPresent(out::add);
                wrongAccepted(owner.entry(), e, owner.form()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The key under which the matcher stores a source form. */
    public static String sourceKey(String form) {
        return SEPARATORS.matcher(NormalizedText.normalize(form)).replaceAll("");
    }

    private record SourceForm(LocatedEntry entry, String field, String form, String key) {
    }

    private static List<SourceForm> sourceForms(LocatedEntry e) {
        Map<String, SourceForm> out = new LinkedHashMap<>();
        List<List<String>> lists = List.of(e.entry().zhHans(), e.entry().zhHant(), e.entry().ja());
        for (int i = 0; i < lists.size(); i++) {
            for (String form : lists.get(i)) {
                String key = sourceKey(form);
                out.putIfAbsent(key, new SourceForm(e, SOURCE_FIELDS.get(i), form, key));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static GlossaryConflict sharedForm(SourceForm f, SourceForm owner) {
        String same = f.form().equals(owner.form()) ? "" : " (as \"" + owner.form() + "\")";
        return new GlossaryConflict(GlossaryConflict.Kind.SHARED_SOURCE_FORM, f.entry(), owner.entry(),
                f.entry().location().at(f.field()) + ": entry \"" + f.entry().id() + "\": source form \"" + f.form()
                        + "\" is also a form of entry \"" + owner.entry().id() + "\"" + same + " at "
                        + owner.entry().location().at(owner.field()));
    }

    /** A wrong form of {@code wrongSide} that {@code acceptingSide} accepts; they share {@code sourceForm}. */
    private static Optional<GlossaryConflict> wrongAccepted(LocatedEntry wrongSide, LocatedEntry acceptingSide,
                                                                      String sourceForm) {
        for (String w : wrongSide.entry().wrong()) {
            for (String ok : acceptingSide.entry().acceptedForms()) {
                if (englishKey(w).equals(englishKey(ok))) {
                    String field = ok.equals(acceptingSide.entry().english()) ? "english" : "variants";
                    return Optional.of(new GlossaryConflict(GlossaryConflict.Kind.WRONG_FORM_ACCEPTED,
                            wrongSide, acceptingSide, wrongSide.location().at("wrong") + ": entry \""
                            + wrongSide.id() + "\": wrong form \"" + w + "\" is an accepted form of entry \""
                            + acceptingSide.id() + "\" at " + acceptingSide.location().at(field)
                            + ", and both have the source form \"" + sourceForm + "\""));
                }
            }
        }
        return Optional.empty();
    }

    private static String englishKey(String form) {
        return NormalizedText.normalize(form).strip().toLowerCase(Locale.ROOT);
    }
}
