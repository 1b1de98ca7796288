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
    /**
     * One form's pattern and the lower case of its first part, which the pattern matches literally: where that
     * string is not in the lower-cased text the pattern cannot match, and the costlier regex search is skipped.
     * {@code firstPart} is null when the form has a char of irregular case (the regex then always runs).
     */
    private record Form(Pattern pattern, String firstPart) {
    }

    /** The last text prepared on this thread: the checks ask about many entries in the same sentence in a row. */
    private static final ThreadLocal<Prepared> LAST = new ThreadLocal<>();

    /**
     * A text with its normalized view and that view lower-cased (null when lower-casing is not all there is to
     * its case-insensitive matching).
     */
    private record Prepared(String text, NormalizedText norm, String lower) {
    }

    private final List<Form> accepted;
    private final List<Form> wrong;

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

    private static Form pattern(String form) {
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
        return new Form(Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                plainCase(parts[0]) ? parts[0].toLowerCase(Locale.ROOT) : null);
    }

    /**
     * True when every cased char of {@code s} is ASCII (and it has no surrogate): then a case-insensitive match of
     * such a literal in such a text implies that the literal's lower case is a substring of the text's. Other cased
     * chars (é, ſ, the Kelvin sign, Greek sigma …) do not promise that, and their texts take the regex path.
     */
    private static boolean plainCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (Character.isSurrogate(c) || Character.isLowerCase(c) || Character.isUpperCase(c)
                    || Character.isTitleCase(c))) {
                return false;
            }
        }
        return true;
    }

    private static Prepared prepare(String text) {
        Prepared p = LAST.get();
        if (p != null && (p.text() == text || p.text().equals(text))) {
            return p;
        }
        NormalizedText norm = NormalizedText.of(text);
        String s = norm.normalized();
        p = new Prepared(text, norm, plainCase(s) ? s.toLowerCase(Locale.ROOT) : null);
        LAST.set(p);
        return p;
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

    private static List<Span> find(List<Form> forms, String text) {
        if (forms.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        Prepared prepared = prepare(text);
        NormalizedText norm = prepared.norm();
        String s = norm.normalized();
        List<Span> hits = new ArrayList<>();
        for (Form f : forms) {
            if (prepared.lower() != null && f.firstPart() != null && !prepared.lower().contains(f.firstPart())) {
                continue;
            }
            Matcher m = f.pattern().matcher(s);
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
