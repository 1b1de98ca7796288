package aligncheck.names;

import aligncheck.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds runs of capitalized, name-like words in English text ("Caroline Levet", "Kolby"): the places where an
 * unlisted or misspelled name may stand. Words that are capitalized for other reasons (function words at a
 * sentence start, months, days, nationalities, title words) are not name-like.
 */
public final class NameCandidates {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’.]*");
    private static final Set<String> COMMON = Set.copyOf(java.util.Arrays.asList(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "to", "by",
            "from", "with", "without", "as", "after", "before", "during", "since", "until", "while", "when", "where",
            "why", "how", "what", "which", "who", "whom", "whose", "if", "then", "than", "though", "although",
            "because", "however", "meanwhile", "moreover", "also", "still", "even", "only", "just", "not", "no",
            "yes", "all", "any", "some", "many", "much", "more", "most", "other", "another", "such", "both",
            "each", "every", "either", "neither", "this", "that", "these", "those", "it", "its", "he", "him", "his",
            "she", "her", "hers", "they", "them", "their", "we", "us", "our", "i", "me", "my", "you", "your",
            "there", "here", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
            "will", "would", "can", "could", "may", "might", "must", "shall", "should", "according", "analysts",
            "according", "in", "about", "above", "across", "against", "along", "among", "around", "between",
            "beyond", "into", "over", "through", "under", "within", "upon", "perhaps", "instead", "therefore",
            "thus", "yesterday", "today", "tomorrow", "earlier", "later", "last", "next", "first", "second",
            "third", "new", "former", "original", "source", "photo", "author", "statement", "report", "reports",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "japanese", "chinese", "american", "americans", "korean", "european", "asian", "british", "russian",
            "japan", "china", "korea", "u.s.", "u.s", "us", "usa", "united", "states", "america", "asia", "europe",
            "government", "administration", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.",
            "president", "prime", "minister", "secretary", "deputy", "vice", "chief", "under", "senator",
            "governor", "ambassador", "speaker", "chairman", "chair", "premier", "emperor", "general", "spokesman",
            "spokesperson", "spokeswoman", "press", "foreign", "defense", "defence", "finance", "treasury",
            "state", "trade", "commerce", "cabinet", "party", "house", "white", "senate", "congress", "news",
            "agency", "ministry", "department", "office", "committee", "council", "assembly", "election",
            "elections", "tariff", "tariffs", "it's", "he's", "she's", "they're", "we're", "i'm", "don't",
            "didn't", "won't", "can't"));

    private NameCandidates() {
    }

    /**
     * Name-like runs in {@code text}, skipping words whose lower-case form is in {@code alsoSkip} and any part of
     * the text inside {@code taken} spans.
     */
    public static List<Span> find(String text, Set<String> alsoSkip, List<Span> taken) {
        if (looksLikeTitleCase(text)) {
            return List.of();
        }
        List<Span> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int runStart = -1;
        int runEnd = -1;
        while (m.find()) {
            Span w = new Span(m.start(), trimEnd(text, m.start(), m.end()));
            boolean nameLike = isNameLike(w.of(text), alsoSkip) && taken.stream().noneMatch(t -> t.overlaps(w));
            boolean adjacent = runEnd >= 0 && isGap(text, runEnd, w.start());
            if (nameLike && adjacent) {
                runEnd = w.end();
            } else {
                if (runStart >= 0) {
                    out.add(new Span(runStart, runEnd));
                }
                runStart = nameLike ? w.start() : -1;
                runEnd = nameLike ? w.end() : -1;
            }
        }
        if (runStart >= 0) {
            out.add(new Span(runStart, runEnd));
        }
        return out;
    }

    /** Name-like words directly before {@code at} (a run ending at the gap before {@code at}), or null. */
    public static Span runBefore(String text, int at, Set<String> alsoSkip) {
        Matcher m = WORD.matcher(text);
        Span run = null;
        while (m.find() && m.start() < at) {
            Span w = new Span(m.start(), trimEnd(text, m.start(), m.end()));
            if (w.end() > at) {
                break;
            }
            if (isNameLike(w.of(text), alsoSkip)) {
                run = run != null && isGap(text, run.end(), w.start()) ? new Span(run.start(), w.end()) : w;
            } else {
                run = null;
            }
        }
        return run != null && isGap(text, run.end(), at) ? run : null;
    }

    /** Name-like words directly after {@code at}, or null. */
    public static Span runAfter(String text, int at, Set<String> alsoSkip) {
        Matcher m = WORD.matcher(text);
        if (!m.find(at)) {
            return null;
        }
        Span w = new Span(m.start(), trimEnd(text, m.start(), m.end()));
        if (!isGap(text, at, w.start()) || !isNameLike(w.of(text), alsoSkip)) {
            return null;
        }
        return w;
    }

    /** One space, NBSP or hyphen between two words, or a line break (with its indentation) inside a name. */
    private static boolean isGap(String text, int from, int to) {
        if (to - from == 1) {
            char c = text.charAt(from);
            if (c == ' ' || c == '-' || c == '\u00A0' || c == '\n') {
                return true;
            }
        }
        if (to - from < 2 || to - from > 8) {
            return false;
        }
        String gap = text.substring(from, to);
        return gap.isBlank() && gap.chars().filter(c -> c == '\n').count() == 1;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start + 1 && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '\'' || text.charAt(e - 1) == '’')) {
            e--;
        }
        if (e - start > 2 && text.regionMatches(true, e - 2, "'s", 0, 2)) {
            e -= 2;
        }
        return e;
    }

    private static boolean isNameLike(String word, Set<String> alsoSkip) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return !COMMON.contains(lower) && !alsoSkip.contains(lower) && !lower.contains(".");
    }

    /** A headline in Title Case: most words capitalized. Names cannot be told apart there. */
    public static boolean looksLikeTitleCase(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int caps = 0;
        while (m.find()) {
            String w = m.group();
            if (w.length() <= 3 && COMMON.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            words++;
            if (Character.isUpperCase(w.codePointAt(0))) {
                caps++;
            }
        }
        return words >= 3 && caps * 10 >= words * 8;
    }
}
