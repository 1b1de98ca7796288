package aligncheck.io;

import aligncheck.align.AlignedDocument;
import aligncheck.align.Alignment;
import aligncheck.align.Link;
import aligncheck.text.Language;
import aligncheck.text.LoadedText;
import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an already aligned bilingual file, TMX or XLIFF (2.0 or 1.2, told apart by the root element, not the file
 * name), into an {@link AlignedDocument} with no segmentation or alignment of its own:
 *
 * <ul>
 *   <li>each pair of the file (a TMX {@code <tu>}, an XLIFF 2.0 {@code <segment>}, an XLIFF 1.2
 *       {@code <trans-unit>}) is one link of confidence 1, in file order; each non-empty side is one sentence,
 *       its text stripped of surrounding white space (a side that is empty or only white space has no sentence,
 *       and a pair with neither side is skipped);</li>
 *   <li>the source and target texts are synthesized: the sentences of each side joined, each followed by a line
 *       break, so every sentence is a line of its own (and a text export gives one sentence per line); both
 *       texts are named by the bilingual file's path;</li>
 *   <li>a sentence's line is the line of the bilingual file where its text begins, so a report line
 *       ({@code file.tmx:42: error …}) points into the file that was read;</li>
 *   <li>the source language is the file's (zh… → Chinese, ja… → Japanese) unless one is forced.</li>
 * </ul>
 *
 * <p>XML is read by {@link XmlTreeReader}: no DTDs, no entities, nothing fetched; every problem is one line
 * naming the file (and line and column when there is one).
 */
public final class BilingualFileReader {
    private BilingualFileReader() {
    }

    /** Whether the file name says it is a bilingual file: {@code .tmx}, {@code .xlf} or {@code .xliff}. */
    public static boolean isBilingualFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tmx") || name.endsWith(".xlf") || name.endsWith(".xliff");
    }

    /**
     * @param forced the source language to use, or null to take the file's
     * @throws InputException if the file cannot be read, is not well-formed XML, has a DOCTYPE, is neither TMX
     *                        nor XLIFF, is not Chinese/Japanese → English, or holds no pair
     */
    public static AlignedDocument read(Path file, Language forced) throws InputException {
        XmlTreeReader.XmlDocument xml = XmlTreeReader.read(file);
        XmlElement root = xml.root();
        BilingualContent content;
        if (root.is("", "tmx")) {
            content = TmxReader.read(root, file);
        } else if (root.name().equals("xliff") && root.namespace().startsWith("urn:oasis:names:tc:xliff:document:")) {
            content = XliffReader.read(root, file);
        } else {
            throw new InputException(file, root.line(), "not a TMX or XLIFF file: the root element is "
                    + root.tag() + (root.namespace().isEmpty() ? "" : " in namespace " + root.namespace()));
        }
        Language lang = forced != null ? forced
                : BilingualContent.primary(content.sourceLanguage()).equals("ja") ? Language.JA : Language.ZH;
        return document(file, xml, lang, content.pairs());
    }

    private static AlignedDocument document(Path file, XmlTreeReader.XmlDocument xml, Language lang,
                                            List<SegmentPair> pairs) throws InputException {
        StringBuilder src = new StringBuilder();
        StringBuilder tgt = new StringBuilder();
        List<Sentence> source = new ArrayList<>();
        List<Sentence> target = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (SegmentPair p : pairs) {
            int paragraph = links.size();
            Sentence s = sentence(p.source(), p.sourceLine(), source.size(), paragraph, src);
            Sentence t = sentence(p.target(), p.targetLine(), target.size(), paragraph, tgt);
            if (s == null && t == null) {
                continue;
            }
            if (s != null) {
                source.add(s);
            }
            if (t != null) {
                target.add(t);
            }
            links.add(new Link(s == null ? List.of() : List.of(s.index()), t == null ? List.of() : List.of(t.index()),
                    1.0));
        }
        if (links.isEmpty()) {
            throw new InputException(file, 0, "holds no text to check (no translation unit with text)");
        }
        return new AlignedDocument(new LoadedText(file, src.toString(), xml.encoding()),
                new LoadedText(file, tgt.toString(), xml.encoding()), lang, source, target, new Alignment(links));
    }

    /** The stripped text as the next sentence of {@code text}, or null when it is empty. */
    private static Sentence sentence(String raw, int line, int index, int paragraph, StringBuilder text) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String stripped = raw.strip();
        String leading = raw.substring(0, raw.indexOf(stripped));
        int start = text.length();
        text.append(stripped).append('\n');
        int at = Math.max(1, line) + new LoadedText(null, leading, null).lineOf(leading.length()) - 1;
        return new Sentence(index, stripped, new Span(start, start + stripped.length()), paragraph, at);
    }
}
