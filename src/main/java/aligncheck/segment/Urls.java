package aligncheck.segment;

import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps sentence cuts out of web addresses. A URL starts at {@code http://}, {@code https://} or {@code www.}, runs
 * over ASCII URL characters and excludes trailing punctuation ({@code . , ; : ! ? ) ' "}), so that a sentence ending
 * right after a URL still ends there.
 */
final class Urls {
    private static final Pattern URL =
            Pattern.compile("(?i)(?:https?://|www\\.)[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+");
    private static final String TRAILING = ".,;:!?)'\"";

    private Urls() {
    }

    /** Removes from {@code cuts} every cut strictly inside a URL of {@code paragraph}. */
    static void removeCutsInside(String paragraph, SortedSet<Integer> cuts) {
        Matcher m = URL.matcher(paragraph);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING.indexOf(paragraph.charAt(end - 1)) >= 0) {
                end--;
            }
            cuts.subSet(m.start() + 1, end).clear();
        }
    }
}
