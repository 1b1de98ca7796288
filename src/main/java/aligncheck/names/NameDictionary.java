package aligncheck.names;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Japanese proper-name dictionary ENAMDICT (JMnedict), read at run time where the system has it (Debian's
 * {@code enamdict} package installs {@code /usr/share/edict/enamdict}); aligncheck ships none of its data.
 *
 * <p>It tells which readings a kanji name can have (毅: たけし, つよし, …; 赤沢: あかざわ, あかさわ, せきざわ),
 * the reading of some full names (石破茂: いしばしげる) and English forms of some katakana names (レビット:
 * Leavitt, Levitt). Readings are kept in katakana. Immutable once loaded.
 */
public final class NameDictionary {
    /** Where Debian installs it; overridable with the system property {@code aligncheck.enamdict}. */
    public static final Path DEFAULT_PATH = Path.of("/usr/share/edict/enamdict");
    private static final Pattern LINE = Pattern.compile("^(\\S+) (?:\\[([^\\]]+)\\] )?/\\(([a-z,]+)\\) ([^/]*)/");
    private static final Transliterator HIRAGANA_KATAKANA = Transliterator.getInstance("Hiragana-Katakana");

    /** The kind of an entry as ENAMDICT tags it. */
    public enum Type { SURNAME, GIVEN, FULL, PLACE, OTHER }

    private final Map<String, Map<Type, Set<String>>> readings;
    private final Map<String, List<String>> english;

    private NameDictionary(Map<String, Map<Type, Set<String>>> readings, Map<String, List<String>> english) {
        this.readings = readings;
        this.english = english;
    }

    private static final class Holder {
        static final Optional<NameDictionary> INSTANCE = load(Path.of(
                System.getProperty("aligncheck.enamdict", DEFAULT_PATH.toString())));
    }

    /** The installed dictionary, loaded once on first use, or empty when it is not installed. */
    public static Optional<NameDictionary> installed() {
        return Holder.INSTANCE;
    }

    /** Reads the dictionary file (EUC-JP), or empty when the file does not exist. */
    public static Optional<NameDictionary> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, Map<Type, Set<String>>> readings = new HashMap<>(1 << 20);
        Map<String, List<String>> english = new HashMap<>(1 << 16);
        try (BufferedReader r = Files.newBufferedReader(file, Charset.forName("EUC-JP"))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = LINE.matcher(line);
                if (!m.find()) {
                    continue;
                }
                String head = m.group(1);
                String kana = m.group(2);
                String tags = m.group(3);
                if (kana == null) {
                    if (isKatakana(head)) {
                        english.computeIfAbsent(head, k -> new ArrayList<>(2)).add(m.group(4).trim());
                    }
                    continue;
                }
                if (!isKanjiName(head)) {
                    continue;
                }
                String katakana = HIRAGANA_KATAKANA.transliterate(kana);
                for (String tag : tags.split(",")) {
                    Type type = switch (tag) {
                        case "s" -> Type.SURNAME;
                        case "g", "m", "f", "u" -> Type.GIVEN;
                        case "h" -> Type.FULL;
                        case "p", "st" -> Type.PLACE;
                        default -> Type.OTHER;
                    };
                    readings.computeIfAbsent(head, k -> new HashMap<>(2))
                            .computeIfAbsent(type, k -> new LinkedHashSet<>(2)).add(katakana.intern());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return Optional.of(new NameDictionary(readings, english));
    }

    /** Readings (katakana) the dictionary gives {@code kanji} as a name of the given types; empty if none. */
    public Set<String> readings(String kanji, Type... types) {
        Map<Type, Set<String>> byType = readings.get(kanji);
        if (byType == null) {
            return Set.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Type t : types) {
            out.addAll(byType.getOrDefault(t, Set.of()));
        }
        return out;
    }

    /** Whether the dictionary has {@code kanji} as a name of any of the given types. */
    public boolean has(String kanji, Type... types) {
        return !readings(kanji, types).isEmpty();
    }

    /** English forms of a katakana name ("Leavitt", "Levitt"), empty when unlisted. */
    public List<String> english(String katakana) {
        List<String> out = new ArrayList<>();
        for (String field : english.getOrDefault(katakana, List.of())) {
            for (String f : field.split("/")) {
                String form = f.replaceAll("\\(.*?\\)", "").trim();
                if (!form.isEmpty()) {
                    out.add(form);
                }
            }
        }
        return out;
    }

    private static boolean isKatakana(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= 0x30A1 && c <= 0x30FC);
    }

    private static boolean isKanjiName(String s) {
        return !s.isEmpty() && s.length() <= 8 && s.codePoints().allMatch(c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '々');
    }
}
