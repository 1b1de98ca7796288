package aligncheck.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which entries may have an English form in a text, found in one pass over the text's words whatever the number
 * of entries: a trie of the forms' word sequences (words are the runs of letters and digits of
 * {@link EnglishForms#key}, the normalized lower-case form).
 *
 * <p>Invariant: an entry whose form {@link EnglishForms} matches in a text is among the candidates for that text.
 * (A match covers the form's words as whole, consecutive words of the text: the patterns match parts literally,
 * separated by spaces or hyphens only, and begin and end at word boundaries, or at a non-word character of the
 * form itself.) The converse need not hold: candidates are then confirmed with {@link EnglishForms}. Immutable and
 * thread-safe once built.
 */
final class EnglishFormIndex {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Node root = new Node();
    private final List<GlossaryEntry> entries;

    /** @param entries the entries, in the order candidates are returned in when they start at the same word */
    EnglishFormIndex(List<GlossaryEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Indexes {@code form} for the entry at {@code entryIndex} of the list given on construction. */
    void add(String form, int entryIndex) {
        List<String> words = words(form);
        if (words.isEmpty()) {
            return;
        }
        Node n = root;
        for (String w : words) {
            n = n.children.computeIfAbsent(w, k -> new Node());
        }
        n.add(entryIndex);
    }

    /**
     * The entries with a form whose words occur consecutively in {@code text}: by the position of the first such
     * occurrence, then by list order; each once.
     */
    List<GlossaryEntry> candidates(String text) {
        List<String> words = words(text);
        List<GlossaryEntry> out = new ArrayList<>();
        BitSet seen = new BitSet();
        int[] here = new int[8];
        for (int i = 0; i < words.size(); i++) {
            Node n = root;
            int count = 0;
            for (int j = i; j < words.size(); j++) {
                n = n.children.get(words.get(j));
                if (n == null) {
                    break;
                }
                for (int k = 0; k < n.size; k++) {
                    if (!seen.get(n.entries[k])) {
                        seen.set(n.entries[k]);
                        if (count == here.length) {
                            here = Arrays.copyOf(here, count * 2);
                        }
                        here[count++] = n.entries[k];
                    }
                }
            }
            Arrays.sort(here, 0, count);
            for (int k = 0; k < count; k++) {
                out.add(entries.get(here[k]));
            }
        }
        return out;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(EnglishForms.key(s));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(2);
        int[] entries = new int[0];
        int size;

        void add(int entry) {
            if (size > 0 && entries[size - 1] == entry) {
                return;
            }
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, Math.max(2, size * 2));
            }
            entries[size++] = entry;
        }
    }
}
