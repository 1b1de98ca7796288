package aligncheck.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the aligned pairs of an XLIFF file, 2.0 or 1.2 (also 1.0/1.1, which share 1.2's structure).
 *
 * <ul>
 *   <li>2.0 ({@code urn:oasis:names:tc:xliff:document:2.0}): every {@code <segment>} of every {@code <unit>}, in
 *       {@code <file>}s and nested {@code <group>}s, is one pair ({@code <ignorable>}s are skipped); the languages
 *       are the root's {@code srcLang} and {@code trgLang}. Inline: the text inside {@code <pc>} and
 *       {@code <mrk>} is kept, {@code <cp hex>} is its character, codes and markers ({@code <ph> <sc> <ec> <sm>
 *       <em>}) are dropped.</li>
 *   <li>1.2: every {@code <trans-unit>} (in {@code <body>} and nested {@code <group>}s) is one pair of its
 *       {@code <source>} and {@code <target>}; the languages are each {@code <file>}'s {@code source-language} and
 *       {@code target-language}, which must agree across files. Inline: the text inside {@code <g>} and
 *       {@code <mrk>} is kept, codes ({@code <x> <bx> <ex> <bpt> <ept> <ph> <it>}) are dropped.</li>
 * </ul>
 *
 * <p>The source language must be Chinese or Japanese and the target language, when given, English.
 */
final class XliffReader {
    static final String NS_20 = "urn:oasis:names:tc:xliff:document:2.0";
    static final String NS_12 = "urn:oasis:names:tc:xliff:document:1.2";
    private static final Set<String> KEEP_20 = Set.of("pc", "mrk");
    private static final Set<String> KEEP_12 = Set.of("g", "mrk");

    private XliffReader() {
    }

    static BilingualContent read(XmlElement xliff, Path file) throws InputException {
        if (xliff.namespace().equals(NS_20) || "2.0".equals(xliff.attribute("version"))
                && xliff.namespace().startsWith("urn:oasis:names:tc:xliff:document:2")) {
            return read20(xliff, file);
        }
        return read12(xliff, file);
    }

    private static BilingualContent read20(XmlElement xliff, Path file) throws InputException {
        String ns = xliff.namespace();
        String src = xliff.attribute("srcLang");
        languages(file, xliff, src, xliff.attribute("trgLang"), "srcLang", "trgLang");
        List<SegmentPair> pairs = new ArrayList<>();
        for (XmlElement f : xliff.children(ns, "file").toList()) {
            units20(ns, f, pairs);
        }
        return new BilingualContent(src, pairs);
    }

    private static void units20(String ns, XmlElement container, List<SegmentPair> pairs) {
        for (XmlElement e : container.children().toList()) {
            if (e.is(ns, "group")) {
                units20(ns, e, pairs);
            } else if (e.is(ns, "unit")) {
                for (XmlElement seg : e.children(ns, "segment").toList()) {
                    pairs.add(pair(ns, seg, KEEP_20));
                }
            }
        }
    }

    private static BilingualContent read12(XmlElement xliff, Path file) throws InputException {
        String ns = xliff.namespace();
        List<XmlElement> files = xliff.children(ns, "file").toList();
        String src = null;
        List<SegmentPair> pairs = new ArrayList<>();
        for (XmlElement f : files) {
            String s = f.attribute("source-language");
            languages(file, f, s, f.attribute("target-language"), "source-language", "target-language");
            if (src != null && !BilingualContent.primary(src).equals(BilingualContent.primary(s))) {
                throw new InputException(file, f.line(), "<file> source-language \"" + s + "\" differs from \""
                        + src + "\" of an earlier <file>");
            }
            src = src == null ? s : src;
            for (XmlElement body : f.children(ns, "body").toList()) {
                units12(ns, body, pairs);
            }
        }
        if (src == null) {
            throw new InputException(file, xliff.line(), "<xliff> without <file>");
        }
        return new BilingualContent(src, pairs);
    }

    private static void units12(String ns, XmlElement container, List<SegmentPair> pairs) {
        for (XmlElement e : container.children().toList()) {
            if (e.is(ns, "group")) {
                units12(ns, e, pairs);
            } else if (e.is(ns, "trans-unit")) {
                pairs.add(pair(ns, e, KEEP_12));
            }
        }
    }

    private static void languages(Path file, XmlElement at, String src, String tgt, String srcName, String tgtName)
            throws InputException {
        if (src == null) {
            throw new InputException(file, at.line(), at.tag() + " without " + srcName);
        }
        if (!BilingualContent.isSourceLanguage(src)) {
            throw new InputException(file, at.line(), srcName + " \"" + src + "\" is not Chinese or Japanese: "
                    + "aligncheck checks English translations of Chinese or Japanese originals");
        }
        if (tgt != null && !BilingualContent.isEnglish(tgt)) {
            throw new InputException(file, at.line(), tgtName + " \"" + tgt + "\" is not English");
        }
    }

    private static SegmentPair pair(String ns, XmlElement holder, Set<String> keep) {
        XmlElement s = holder.children(ns, "source").findFirst().orElse(null);
        XmlElement t = holder.children(ns, "target").findFirst().orElse(null);
        return new SegmentPair(s == null ? null : text(ns, s, keep), s == null ? 0 : s.line(),
                t == null ? null : text(ns, t, keep), t == null ? 0 : t.line());
    }

    private static String text(String ns, XmlElement e, Set<String> keep) {
        StringBuilder b = new StringBuilder();
        append(ns, e, keep, b);
        return b.toString();
    }

    private static void append(String ns, XmlElement e, Set<String> keep, StringBuilder b) {
        for (Object o : e.content()) {
            if (o instanceof String s) {
                b.append(s);
            } else if (o instanceof XmlElement child && child.namespace().equals(ns)) {
                if (keep.contains(child.name())) {
                    append(ns, child, keep, b);
                } else if (child.name().equals("cp") && child.attribute("hex") != null) {
                    codePoint(child.attribute("hex"), b);
                }
            }
        }
    }

    private static void codePoint(String hex, StringBuilder b) {
        try {
            b.appendCodePoint(Integer.parseInt(hex.strip(), 16));
        } catch (IllegalArgumentException e) {
            b.append('\uFFFD');
        }
    }
}
