package aligncheck.names;

import aligncheck.text.NormalizedText;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Place names in Chinese and Japanese with their English names, from ICU4J's locale data: the display names of
 * all regions (新加坡 / シンガポール → Singapore) and the exemplar cities of the time zones (吉隆坡 /
 * クアラルンプール → Kuala Lumpur). A source span that is one of them is a place, not a person, and its English
 * name is known. Keys are {@link NormalizedText#normalize normalized}. Immutable.
 */
public final class PlaceNames {
    private static final List<ULocale> SOURCES = List.of(ULocale.SIMPLIFIED_CHINESE, ULocale.TRADITIONAL_CHINESE,
            new ULocale("zh_Hant_HK"), ULocale.JAPANESE);

    private final Map<String, String> english;

    private PlaceNames(Map<String, String> english) {
        this.english = Map.copyOf(english);
    }

    private static final class Holder {
        static final PlaceNames INSTANCE = build();
    }

    public static PlaceNames icu() {
        return Holder.INSTANCE;
    }

    private static PlaceNames build() {
        Map<String, String> m = new HashMap<>();
        LocaleDisplayNames en = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        TimeZoneNames enZones = TimeZoneNames.getInstance(ULocale.ENGLISH);
        Set<String> zones = com.ibm.icu.util.TimeZone.getAvailableIDs(
                com.ibm.icu.util.TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null);
        for (ULocale loc : SOURCES) {
            LocaleDisplayNames names = LocaleDisplayNames.getInstance(loc);
            for (String region : ULocale.getISOCountries()) {
                put(m, names.regionDisplayName(region), en.regionDisplayName(region));
            }
            TimeZoneNames zoneNames = TimeZoneNames.getInstance(loc);
            for (String zone : zones) {
                put(m, zoneNames.getExemplarLocationName(zone), enZones.getExemplarLocationName(zone));
            }
        }
        return new PlaceNames(m);
    }

    private static void put(Map<String, String> m, String local, String english) {
        if (local == null || english == null || local.equals(english) || local.codePoints().noneMatch(
                c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA)) {
            return;
        }
        m.putIfAbsent(NormalizedText.normalize(local).replace("·", ""), english);
    }

    /** The English name of a place written {@code source}, if ICU knows it. */
    public Optional<String> english(String source) {
        return Optional.ofNullable(english.get(NormalizedText.normalize(source).replace("·", "").replace(" ", "")));
    }

    /** Every English place name (for recognizing them in the translation). */
    public java.util.Collection<String> allEnglish() {
        return english.values();
    }
}
