package aligncheck.text;

import java.util.Locale;

/** The languages aligncheck handles. Source is Chinese or Japanese, target is English. */
public enum Language {
    ZH("zh", Locale.SIMPLIFIED_CHINESE),
    JA("ja", Locale.JAPANESE),
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (expected zh, ja or en)");
    }
}
