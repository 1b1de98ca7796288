package aligncheck.names;

import aligncheck.names.NameDictionary.Type;
import com.atilika.kuromoji.ipadic.Token;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads a source name: Chinese characters in pinyin (ICU4J {@code Han-Latin}), katakana as written, and Japanese
 * kanji names in kana, with every reading ENAMDICT gives the name (when installed) besides Kuromoji's.
 *
 * <p>Kuromoji alone often misreads given names (亮正 as アキラ+セイ rather than リョウセイ); with ENAMDICT the
 * readings are the dictionary's readings of the part as a surname or given name, or, when it does not list the
 * part, every combination of its characters' name readings (亮: リョウ, アキラ, …; 正: セイ, マサ, タダシ, …).
 * A full name that ENAMDICT lists (石破茂: イシバシゲル) keeps only the readings that agree with it.
 * Thread-safe.
 */
public final class Romanizer {
    private static final int MAX_ALTERNATIVES = 400;
    private static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    private final Supplier<Optional<NameDictionary>> dictionary;

    /** A romanizer with the given dictionary (empty: Kuromoji's readings only). */
    public Romanizer(Optional<NameDictionary> dictionary) {
        this.dictionary = () -> dictionary;
    }

    private Romanizer(Supplier<Optional<NameDictionary>> dictionary) {
        this.dictionary = dictionary;
    }

    /** A romanizer with the installed ENAMDICT, if any, loaded only when a Japanese name first needs it. */
    public static Romanizer withInstalledDictionary() {
        return new Romanizer(NameDictionary::installed);
    }

    /** The dictionary (loading the installed one on first call). */
    public Optional<NameDictionary> dictionary() {
        return dictionary.get();
    }

    /** The dictionary supplier, for finders that need it only for Japanese. */
    Supplier<Optional<NameDictionary>> dictionarySupplier() {
        return dictionary;
    }

    public Reading read(SourceName name) {
        return switch (name.kind()) {
            case TRANSLITERATED, HAN_PERSON -> pinyinReading(name.parts());
            case KATAKANA -> new Reading(ReadingStyle.KANA_FOREIGN, name.parts().stream().map(List::of).toList());
            case KANJI_PERSON -> kanjiReading(name.parts());
            case PLACE -> isKana(name.parts().get(0))
                    ? new Reading(ReadingStyle.KANA_FOREIGN, name.parts().stream().map(List::of).toList())
                    : pinyinReading(name.parts());
        };
    }

    /** Pinyin syllables of Chinese characters, separated by spaces: 赫格塞思 → "he ge sai si". */
    public static String pinyin(String han) {
        String latin;
        synchronized (HAN_LATIN) {
            latin = HAN_LATIN.transliterate(han);
        }
        return latin.trim().replaceAll("\\s+", " ");
    }

    private static Reading pinyinReading(List<String> parts) {
        return new Reading(ReadingStyle.PINYIN, parts.stream().map(p -> List.of(pinyin(p))).toList());
    }

    private Reading kanjiReading(List<String> parts) {
        List<List<String>> alternatives = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            alternatives.add(partReadings(parts.get(i), i == 0 ? Type.SURNAME : Type.GIVEN));
        }
        Optional<NameDictionary> dictionary = dictionary();
        if (parts.size() == 2 && dictionary.isPresent()) {
            Set<String> full = dictionary.get().readings(parts.get(0) + parts.get(1), Type.FULL);
            List<String> surnames = new ArrayList<>();
            List<String> givens = new ArrayList<>();
            for (String f : full) {
                for (String s : alternatives.get(0)) {
                    if (f.startsWith(s) && f.length() > s.length()) {
                        surnames.add(s);
                        givens.add(f.substring(s.length()));
                    }
                }
            }
            if (!surnames.isEmpty()) {
                alternatives = List.of(List.copyOf(new LinkedHashSet<>(surnames)),
                        List.copyOf(new LinkedHashSet<>(givens)));
            }
        }
        return new Reading(ReadingStyle.KANA_NATIVE, alternatives);
    }

    /** Kuromoji's reading first, then the dictionary's readings of the part, or of its characters combined. */
    private List<String> partReadings(String part, Type type) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        String kuromoji = kuromojiReading(part);
        if (kuromoji != null) {
            out.add(kuromoji);
        }
        Optional<NameDictionary> dictionary = dictionary();
        if (dictionary.isPresent()) {
            NameDictionary d = dictionary.get();
            Set<String> listed = type == Type.SURNAME ? d.readings(part, Type.SURNAME, Type.PLACE)
                    : d.readings(part, Type.GIVEN);
            out.addAll(listed);
            if (listed.isEmpty() || type == Type.GIVEN) {
                out.addAll(combined(part, d));
            }
        }
        if (out.isEmpty()) {
            out.add(part);
        }
        return List.copyOf(out).subList(0, Math.min(out.size(), MAX_ALTERNATIVES));
    }

    private static List<String> combined(String part, NameDictionary d) {
        List<String> acc = List.of("");
        for (int i = 0; i < part.length(); ) {
            int cp = part.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += Character.charCount(cp);
            Set<String> rs = d.readings(ch, Type.GIVEN, Type.SURNAME);
            if (rs.isEmpty()) {
                return List.of();
            }
            List<String> next = new ArrayList<>();
            for (String a : acc) {
                for (String r : rs) {
                    if (next.size() < MAX_ALTERNATIVES) {
                        next.add(a + r);
                    }
                }
            }
            acc = next;
        }
        return acc;
    }

    private static String kuromojiReading(String part) {
        StringBuilder b = new StringBuilder();
        for (Token t : JapaneseTokens.of(part)) {
            String r = JapaneseTokens.reading(t);
            if (r == null) {
                return null;
            }
            b.append(r);
        }
        return b.toString();
    }

    private static boolean isKana(String s) {
        return s.chars().allMatch(c -> c >= 0x30A1 && c <= 0x30FC);
    }
}
