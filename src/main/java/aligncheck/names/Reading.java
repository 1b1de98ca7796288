package aligncheck.names;

import java.util.List;

/**
 * The ways a source name can be read, part by part (given name and surname, or the pieces between middle dots),
 * in source order. Each part has one or more alternative readings: pinyin syllables separated by spaces for
 * {@link ReadingStyle#PINYIN}, katakana for the kana styles.
 *
 * @param parts for each part of the name, its alternative readings (never empty), the likeliest first
 */
public record Reading(ReadingStyle style, List<List<String>> parts) {
    public Reading {
        parts = parts.stream().map(List::copyOf).toList();
        if (parts.isEmpty() || parts.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a reading needs at least one alternative per part");
        }
    }

    /** The likeliest reading of the whole name, parts separated by '·'. */
    public String first() {
        return String.join("·", parts.stream().map(p -> p.get(0)).toList());
    }
}
