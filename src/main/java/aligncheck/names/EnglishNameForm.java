package aligncheck.names;

import java.util.ArrayList;
import java.util.List;

/**
 * An English rendering of a name reduced to what identifies it: its words, lower-case, with accents and macrons
 * folded, full-width Latin narrowed, possessives dropped, hyphens and middle dots as word breaks, line breaks as
 * spaces. "Ryosei Akazawa's", "AKAZAWA Ryōsei" and "Ryosei\nAkazawa" have the same form.
 *
 * @param words the words in the order written
 */
public record EnglishNameForm(List<String> words) {
    public EnglishNameForm {
        words = List.copyOf(words);
    }

    public static EnglishNameForm of(String english) {
        List<String> out = new ArrayList<>();
        for (String w : english.trim().split("[\\s\\-‐‑–·・•]+")) {
            String t = w.replaceAll("(?i)('s|’s|'|’)$", "");
            String letters = Phones.letters(t);
            if (!letters.isEmpty()) {
                out.add(letters);
            }
        }
        return new EnglishNameForm(out);
    }

    /** Every word of this form is in {@code other} (order aside): a surname alone, or the other order. */
    public boolean within(EnglishNameForm other) {
        List<String> rest = new ArrayList<>(other.words);
        for (String w : words) {
            if (!rest.remove(w)) {
                return false;
            }
        }
        return true;
    }

    /** The same name: one form's words are all in the other's. */
    public boolean compatible(EnglishNameForm other) {
        return within(other) || other.within(this);
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
