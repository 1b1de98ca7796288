package aligncheck.report;

import java.util.Map;

/** One-line descriptions of the check ids, for report rule lists (SARIF's rules, the HTML summary). */
final class CheckDescriptions {
    private static final Map<String, String> TEXT = Map.of(
            "NAME_MISTRANSLATED", "A glossary name in the source is rendered by a wrong or misspelled English form.",
            "NAME_MISSING", "A glossary name in the source has no rendering in the aligned English.",
            "NAME_FORBIDDEN", "A known wrong rendering of a glossary name stands in the English.",
            "TITLE_MISTRANSLATED", "A glossary title in the source is rendered by a known wrong English form.",
            "NUMBER_MISMATCH", "A number, percentage, ordinal or date of the source is changed or missing in the "
                    + "aligned English.",
            "NAME_SUSPECT", "A name the glossaries do not know is rendered by English that does not fit its sound.",
            "NAME_INCONSISTENT", "One source name is rendered in incompatible ways in one document.");

    private CheckDescriptions() {
    }

    static String of(String checkId) {
        return TEXT.getOrDefault(checkId, "aligncheck check " + checkId + ".");
    }
}
