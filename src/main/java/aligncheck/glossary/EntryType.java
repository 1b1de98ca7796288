package aligncheck.glossary;

import java.util.Locale;

/** What a glossary entry names. Titles are checked by TITLE_MISTRANSLATED, the rest by the NAME_* checks. */
public enum EntryType {
    PERSON, ORGANIZATION, PLACE, TITLE, OTHER;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntryType fromJson(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
