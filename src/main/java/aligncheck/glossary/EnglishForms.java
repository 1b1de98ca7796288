package aligncheck.glossary;

import aligncheck.text.NormalizedText;
import aligncheck.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English forms (accepted or wrong) of one entry in an English text.
 *
 * <p>Matching is case-insensitive, on whole words, on the normalized view of the text (full-width Latin, curly
 * apostrophes and dashes folded). Spaces and hyphens inside a form match each other ("Chavez-DeRemer" ~ "Chavez
 * DeRemer"). A possessive ('s or a bare ') may follow and is not part of the returned span. For the accepted
 * forms of persons, a two-word form also matches in reversed order ("Ishiba Shigeru").
 */
public final class EnglishForms {
    private final List<Pattern> accepted;
    private final List<Pattern> wrong;

    EnglishForms(GlossaryEntry entry) {
        this.accepted = new ArrayList<>();
        for (String f : entry.acceptedForms()) {
            accepted.add(pattern(f));
            String[] words = f.trim().split("\\s+");
            if (entry.type() == EntryType.PERSON && words.length == 2) {
                accepted.add(pattern(words[1] + " " + words[0]));
            }
        }
        this.wrong = entry.wrong().stream().map(EnglishForms::pattern).toList();
    }

    private static Pattern pattern(String form) {
        String norm = NormalizedText.normalize(form).trim();
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])(");
        String[] parts = norm.split("[\\s-]+");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                re.append("[\\s-]+");
            }
            re.append(Pattern.quote(parts[i]));
        }
        boolean endsWithWordChar = Character.isLetterOrDigit(norm.charAt(norm.length() - 1));
        re.append(")(?:'s|')?");
        if (endsWithWordChar) {
            re.append("(?![\\p{L}\\p{N}])");
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Spans (in {@code text}) of accepted forms, leftmost-longest, non-overlapping. */
    public List<Span> findAccepted(String text) {
        return find(accepted, text);
    }

    /** Spans (in {@code text}) of known wrong forms, leftmost-longest, non-overlapping. */
    public List<Span> findWrong(String text) {
        return find(wrong, text);
    }

    public boolean hasWrongForms() {
        return !wrong.isEmpty();
    }

    private static List<Span> find(List<Pattern> patterns, String text) {
        if (patterns.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        NormalizedText norm = NormalizedText.of(text);
        String s = norm.normalized();
        List<Span> hits = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                hits.add(new Span(m.start(1), m.end(1)));
            }
        }
        hits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.length(), a.length()));
        List<Span> out = new ArrayList<>();
        int end = -1;
        for (Span h : hits) {
            if (h.start() >= end) {
                out.add(norm.toOriginal(h));
                end = h.end();
            }
        }
        return out;
    }

    static String key(String form) {
        return NormalizedText.normalize(form).toLowerCase(Locale.ROOT);
    }
}
