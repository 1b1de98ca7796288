package aligncheck.segment;

import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Corrections applied to the OpenNLP model's sentence cuts in an English paragraph, for the model's known errors
 * on news text. A cut is looked at through the token before it ({@code prev}, the white-space-free run ending at the
 * cut) and the token after it ({@code next}).
 *
 * <p>No cut is kept or added right after a list marker that opens its sentence ({@code I.}, {@code II.}, {@code 1.},
 * {@code A.}, {@code 3)}): {@code II. The General Framework} is one sentence. Cuts the model made are removed when
 * <ol>
 *   <li>they are not followed by white space (inside a token: decimals such as {@code 3.5%}, {@code $1.2}, URLs);</li>
 *   <li>{@code next} starts with a lower-case letter ({@code 9 a.m. tomorrow}, {@code the Dept. of State});</li>
 *   <li>{@code prev} is an abbreviation that precedes a number and {@code next} is a number ({@code No. 3},
 *       {@code Aug. 1}, {@code p. 12});</li>
 *   <li>{@code prev} is an abbreviation that never ends a sentence ({@code Mr. Ms. Dr. Dept. Sen. Gen.} ...);</li>
 *   <li>{@code prev} is a single capital initial, or one of {@link #BEFORE_NAME}, and {@code next} is capitalized
 *       but not a sentence opener ({@code Elbridge A. Colby}, {@code St. Joseph's}; {@code Group A. The ...} still
 *       splits);</li>
 *   <li>{@code prev} is a dotted acronym ({@code U.S. U.K. U.N. E.U.}) and {@code next} is a word that typically
 *       follows it inside a name or title ({@code U.S. President Trump}, {@code U.S. Treasury Secretary},
 *       {@code U.N. Security Council}); see {@link #ACRONYM_CONTINUATIONS}.</li>
 * </ol>
 * Cuts are added when
 * <ol start="7">
 *   <li>{@code prev} ends with a period, is not an abbreviation of rule 4, and {@code next} is a word that typically
 *       opens a sentence ({@code ...imposed by the U.S. The next day...}); see {@link #SENTENCE_OPENERS};</li>
 *   <li>{@code prev} ends with a period followed by closing quotes ({@code ."} or {@code .”}) and {@code next}
 *       starts with a capital or an opening quote; a cut the model put between the period and the closing quote is
 *       moved after the quote.</li>
 * </ol>
 * Finally no cut stays inside a URL ({@link Urls}).
 */
final class EnglishBoundaryRules {
    /** Abbreviations (lower case, without the final period) that never end a sentence: titles and the like. */
    static final Set<String> NEVER_FINAL = Set.of(
            "mr", "mrs", "ms", "messrs", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "maj",
            "capt", "sgt", "cpl", "adm", "cmdr", "rev", "hon", "pres", "amb", "dept", "atty", "supt", "gov't");

    /** Abbreviations (lower case, without the final period) that may end a sentence but usually precede a name. */
    static final Set<String> BEFORE_NAME = Set.of("st", "mt", "ft", "jr", "sr");

    /** Abbreviations (lower case, without the final period) that stand before a number: months, No., p., ... */
    static final Set<String> BEFORE_NUMBER = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "no", "nos", "vol", "vols", "p", "pp", "art", "arts", "fig", "figs", "sec", "ch", "para", "nr", "ex");

    /**
     * Capitalized words that follow a dotted acronym inside one name or title ("U.S. President", "U.K. Prime
     * Minister", "U.N. Security Council"), compared by their leading letters ("Indo-Pacific" as "Indo").
     */
    static final Set<String> ACRONYM_CONTINUATIONS = Set.of(
            "President", "Vice", "Secretary", "Treasury", "State", "Defense", "Defence", "Army", "Navy", "Air",
            "Marine", "Marines", "Coast", "Space", "Forces", "Force", "Military", "Naval", "Fleet", "Embassy",
            "Ambassador", "Envoy", "Special", "Trade", "Commerce", "Department", "Dept", "Government",
            "Administration", "Congress", "Congressman", "Congresswoman", "Senate", "Senator", "Sen", "House", "Rep",
            "Representative", "Supreme", "Federal", "Court", "District", "Attorney", "Justice", "Customs", "Border",
            "Immigration", "Homeland", "National", "Central", "Indo", "Pacific", "Southern", "Northern", "European",
            "Strategic", "Cyber", "Intelligence", "Energy", "Agriculture", "Labor", "Dollar", "Census", "Chamber",
            "Consulate", "Consul", "Mission", "Council", "Security", "General", "Assembly",
            "Commission", "Commissioner", "Parliament", "Prime", "Foreign", "Home", "Chancellor", "Open", "Steel",
            "Postal", "Food", "Centers", "Institute", "Bureau", "Agency", "Office", "Geological", "Capitol",
            "Constitution", "Olympic", "Peacekeeping", "Human", "High", "Refugee", "Climate", "Development",
            "Economic", "Health", "Deputy", "Chief", "Joint", "Treasuries");

    /** Capitalized words that typically open a sentence and rarely continue a name after a dotted acronym. */
    static final Set<String> SENTENCE_OPENERS = Set.of(
            "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
            "His", "Her", "Their", "Our", "There", "Here", "In", "On", "At", "By", "For", "From", "With", "After",
            "Before", "During", "Since", "While", "When", "But", "And", "Or", "So", "Yet", "However", "Meanwhile",
            "Moreover", "Furthermore", "Also", "Still", "Then", "Now", "Today", "Yesterday", "Former", "Earlier",
            "Later", "Last", "Next", "Some", "Many", "Most", "Such", "According", "As", "If", "Although", "Despite",
            "Under", "What", "Why", "How", "Who", "Only", "Both", "Neither", "Each", "Every", "No");

    private static final Pattern INITIAL = Pattern.compile("[A-Z]\\.");
    private static final Pattern ENUMERATOR = Pattern.compile("(?:[IVXLC]+|\\d{1,3}|[A-Za-z])[.)]");
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:[A-Za-z]\\.){2,}");
    private static final Pattern NUMBER = Pattern.compile("[$€£¥]?\\d.*");
    private static final String QUOTE_CLOSERS = "\"”’'»";

    private final String p;

    private EnglishBoundaryRules(String paragraph) {
        this.p = paragraph;
    }

    /**
     * Whether a token is an abbreviation after which a sentence cannot end before a name or number: a title of
     * {@link #NEVER_FINAL}, an abbreviation of {@link #BEFORE_NUMBER} or a single capital initial.
     */
    static boolean isNonFinalAbbreviation(String token) {
        String key = abbreviation(token);
        return NEVER_FINAL.contains(key) || BEFORE_NUMBER.contains(key) || INITIAL.matcher(stripOpeners(token)).matches();
    }

    /** The corrected cuts for {@code paragraph}, given the model's cuts; the input set is not modified. */
    static SortedSet<Integer> correct(String paragraph, SortedSet<Integer> modelCuts) {
        return new EnglishBoundaryRules(paragraph).apply(modelCuts);
    }

    private SortedSet<Integer> apply(SortedSet<Integer> modelCuts) {
        SortedSet<Integer> cuts = new TreeSet<>();
        for (int cut : modelCuts) {
            int moved = moveAfterQuoteClosers(cut);
            if (moved < p.length() && Whitespace.is(p.charAt(moved)) && !isWrongCut(moved)
                    && !isEnumeratorOpening(moved, cuts)) {
                cuts.add(moved);
            }
        }
        addMissedCuts(cuts);
        Urls.removeCutsInside(p, cuts);
        return cuts;
    }

    /** A cut right after {@code .!?} and before closing quotes moves past the quotes. */
    private int moveAfterQuoteClosers(int cut) {
        if (cut == 0 || ".!?".indexOf(p.charAt(cut - 1)) < 0) {
            return cut;
        }
        while (cut < p.length() && QUOTE_CLOSERS.indexOf(p.charAt(cut)) >= 0) {
            cut++;
        }
        return cut;
    }

    /** Rules 2 to 6. */
    private boolean isWrongCut(int cut) {
        String prev = tokenBefore(cut);
        String next = tokenAfter(cut);
        if (prev.isEmpty() || next.isEmpty()) {
            return false;
        }
        String abbreviation = abbreviation(prev);
        String word = leadingWord(next);
        if (Character.isLowerCase(next.charAt(0))) {
            return true;
        }
        if (BEFORE_NUMBER.contains(abbreviation) && NUMBER.matcher(next).matches()) {
            return true;
        }
        if (NEVER_FINAL.contains(abbreviation)) {
            return true;
        }
        if ((INITIAL.matcher(stripOpeners(prev)).matches() || BEFORE_NAME.contains(abbreviation))
                && Character.isUpperCase(next.charAt(0)) && !SENTENCE_OPENERS.contains(word)) {
            return true;
        }
        if (HYPHENATED_ACRONYM.matcher(stripOpeners(prev)).matches() && !SENTENCE_OPENERS.contains(word)) {
            return true;
        }
        return DOTTED_ACRONYM.matcher(stripOpeners(prev)).matches() && ACRONYM_CONTINUATIONS.contains(word);
    }

    /**
     * A dotted acronym at the end of a hyphenated compound ("Japan-U.S. Tariff Talks", "China-U.S. trade") is an
     * adjective: the noun it qualifies follows, so no sentence ends there unless a sentence opener follows.
     */
    private static final java.util.regex.Pattern HYPHENATED_ACRONYM =
            java.util.regex.Pattern.compile("\\S+-(?:[A-Z]\\.){2,}");

    /** Rules 7 and 8, over every white-space gap of the paragraph. */
    private void addMissedCuts(SortedSet<Integer> cuts) {
        for (int i = 1; i < p.length(); i++) {
            if (Whitespace.is(p.charAt(i)) && !Whitespace.is(p.charAt(i - 1)) && !cuts.contains(i)) {
                String prev = tokenBefore(i);
                String next = tokenAfter(i);
                if (!next.isEmpty() && (opensAfterAbbreviation(prev, next) || opensAfterQuote(prev, next))
                        && !isEnumeratorOpening(i, cuts)) {
                    cuts.add(i);
                }
            }
        }
    }

    /** Rule 0: the token before {@code cut} is a list marker ("I.", "II.", "1.", "A.", "3)") opening its sentence. */
    private boolean isEnumeratorOpening(int cut, SortedSet<Integer> cutsSoFar) {
        String prev = tokenBefore(cut);
        if (!ENUMERATOR.matcher(prev).matches()) {
            return false;
        }
        int tokenStart = cut - prev.length();
        SortedSet<Integer> before = cutsSoFar.headSet(tokenStart + 1);
        int sentenceStart = before.isEmpty() ? 0 : before.last();
        return p.substring(sentenceStart, tokenStart).isBlank();
    }

    private boolean opensAfterAbbreviation(String prev, String next) {
        return prev.endsWith(".") && !NEVER_FINAL.contains(abbreviation(prev))
                && SENTENCE_OPENERS.contains(leadingWord(next)) && Character.isUpperCase(next.charAt(0));
    }

    private static boolean opensAfterQuote(String prev, String next) {
        int end = prev.length();
        while (end > 0 && QUOTE_CLOSERS.indexOf(prev.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == prev.length() || end == 0 || prev.charAt(end - 1) != '.') {
            return false;
        }
        char first = next.charAt(0);
        return Character.isUpperCase(first) || first == '"' || first == '“';
    }

    private String tokenBefore(int cut) {
        int start = cut;
        while (start > 0 && !Whitespace.is(p.charAt(start - 1))) {
            start--;
        }
        return p.substring(start, cut);
    }

    private String tokenAfter(int cut) {
        int start = cut;
        while (start < p.length() && Whitespace.is(p.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < p.length() && !Whitespace.is(p.charAt(end))) {
            end++;
        }
        return p.substring(start, end);
    }

    /** A token ending with a period as an abbreviation key: lower case, openers and the final period removed. */
    private static String abbreviation(String token) {
        String t = stripOpeners(token);
        return t.endsWith(".") ? t.substring(0, t.length() - 1).toLowerCase(Locale.ROOT) : "";
    }

    private static String stripOpeners(String token) {
        int i = 0;
        while (i < token.length() && (Punctuation.isOpener(token.charAt(i)) || token.charAt(i) == '"')) {
            i++;
        }
        return token.substring(i);
    }

    /** The leading run of letters of a token ("Trump's" gives "Trump", "Indo-Pacific" gives "Indo"). */
    private static String leadingWord(String token) {
        int end = 0;
        while (end < token.length() && Character.isLetter(token.charAt(end))) {
            end++;
        }
        return token.substring(0, end);
    }
}
