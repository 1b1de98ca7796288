package aligncheck.io;

import aligncheck.align.AlignedDocument;
import aligncheck.align.Link;
import aligncheck.check.Finding;
import aligncheck.text.LoadedText;
import aligncheck.text.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the XML export formats say about an aligned document, apart from markup: each link's two sides as text,
 * the findings grouped by link, the wording of notes, and a check that the texts can be carried by XML at all.
 */
final class ExportText {
    /** The note on a link whose target side is empty. */
    static final String SOURCE_ONLY = "aligncheck: source only; no English sentence is aligned with it (omitted?)";
    /** The note on a link whose source side is empty. */
    static final String TARGET_ONLY = "aligncheck: target only; no source sentence is aligned with it (added?)";

    record LinkText(int index, Link link, LinkSide source, LinkSide target, List<Finding> findings) {
    }

    private ExportText() {
    }

    /** The links in order with their texts and findings. */
    static List<LinkText> links(AlignedDocument doc, List<Finding> findings) {
        Map<Integer, List<Finding>> byLink = new LinkedHashMap<>();
        for (Finding f : findings) {
            byLink.computeIfAbsent(f.linkIndex(), k -> new ArrayList<>()).add(f);
        }
        List<Link> links = doc.alignment().links();
        List<LinkText> out = new ArrayList<>(links.size());
        for (int k = 0; k < links.size(); k++) {
            Link l = links.get(k);
            out.add(new LinkText(k, l, LinkSide.of(doc.sourceText(), doc.source(), l.source()),
                    LinkSide.of(doc.targetText(), doc.target(), l.target()), byLink.getOrDefault(k, List.of())));
        }
        return out;
    }

    /** The findings that belong to no link of the document (for a document-level note). */
    static List<Finding> unlinked(AlignedDocument doc, List<Finding> findings) {
        int n = doc.alignment().links().size();
        return findings.stream().filter(f -> f.linkIndex() < 0 || f.linkIndex() >= n).toList();
    }

    /** A finding as a note: {@code NAME_MISTRANSLATED: 赫格塞思 rendered "Hagel", expected "Hegseth" (…)}. */
    static String note(Finding f) {
        return XmlWriter.printable(f.checkId() + ": " + f.message());
    }

    /**
     * Refuses a document whose sentences hold a character XML 1.0 cannot carry (a control character such as
     * U+000C), naming the file and line of the sentence.
     */
    static void requireXmlChars(AlignedDocument doc, String format) throws InputException {
        requireXmlChars(doc.sourceText(), doc.source(), format);
        requireXmlChars(doc.targetText(), doc.target(), format);
    }

    private static void requireXmlChars(LoadedText file, List<Sentence> sentences, String format)
            throws InputException {
        for (Sentence s : sentences) {
            int cp = XmlWriter.firstNonXmlChar(s.text());
            if (cp >= 0) {
                String before = s.text().substring(0, s.text().indexOf(Character.toString(cp)));
                int line = s.line() + new LoadedText(null, before, null).lineOf(before.length()) - 1;
                throw new InputException(file.path() == null ? java.nio.file.Path.of(file.displayName()) : file.path(),
                        line, String.format("sentence %d contains U+%04X, which %s (XML 1.0) cannot carry; remove it",
                                s.index(), cp, format));
            }
        }
    }
}
