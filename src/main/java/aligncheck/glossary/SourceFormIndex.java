package aligncheck.glossary;

import aligncheck.text.NormalizedText;
import aligncheck.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the source forms of all entries in a Chinese or Japanese text, on the normalized view (so traditional and
 * simplified characters, and the middle-dot variants, match alike). Leftmost-longest, non-overlapping: in
 * 石破茂 the full form wins over the surname 石破. Immutable and thread-safe once built.
 */
public final class SourceFormIndex {
    private final Node root = new Node();

    public SourceFormIndex(List<GlossaryEntry> entries) {
        for (GlossaryEntry e : entries) {
            for (String form : e.sourceForms()) {
                add(NormalizedText.normalize(form), e);
            }
        }
    }

    private void add(String form, GlossaryEntry entry) {
        if (form.isEmpty()) {
            return;
        }
        Node n = root;
        for (int i = 0; i < form.length(); i++) {
            n = n.children.computeIfAbsent(form.charAt(i), c -> new Node());
        }
        if (n.entry == null) {
            n.entry = entry;
        }
    }

    public List<SourceMatch> find(String text) {
        NormalizedText norm = NormalizedText.of(text);
        String s = norm.normalized();
        List<SourceMatch> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            Node n = root;
            int bestEnd = -1;
            GlossaryEntry best = null;
            for (int j = i; j < s.length(); j++) {
                n = n.children.get(s.charAt(j));
                if (n == null) {
                    break;
                }
                if (n.entry != null) {
                    bestEnd = j + 1;
                    best = n.entry;
                }
            }
            if (best != null) {
                Span span = norm.toOriginal(new Span(i, bestEnd));
                out.add(new SourceMatch(best, span, span.of(text)));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return out;
    }

    private static final class Node {
        final Map<Character, Node> children = new HashMap<>(4);
        GlossaryEntry entry;
    }
}
