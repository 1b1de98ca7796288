package aligncheck.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the tus of a TMX file (1.4b; 1.1's {@code lang} attribute is accepted for {@code xml:lang}). The source
 * language is the header's {@code srclang} when it is Chinese or Japanese, else the first Chinese or Japanese
 * {@code <tuv>} language; in each tu the source is the first {@code <tuv>} in that language and the English the
 * first {@code <tuv>} whose language is {@code en…}; other languages are ignored, and a missing one is an empty
 * side. Inline markup: the text of {@code <hi>} is kept, native codes ({@code <bpt> <ept> <ph> <it> <ut>}) are
 * dropped.
 */
final class TmxReader {
    private static final Set<String> CODES = Set.of("bpt", "ept", "ph", "it", "ut");

    private TmxReader() {
    }

    static BilingualContent read(XmlElement tmx, Path file) throws InputException {
        XmlElement header = required(tmx, "header", file);
        XmlElement body = required(tmx, "body", file);
        List<XmlElement> tus = body.children("", "tu").toList();
        String source = header.attribute("srclang");
        if (!BilingualContent.isSourceLanguage(source)) {
            Optional<String> first = tus.stream().flatMap(tu -> tu.children("", "tuv")).map(TmxReader::lang)
                    .filter(BilingualContent::isSourceLanguage).findFirst();
            if (first.isEmpty()) {
                throw new InputException(file, header.line(), "no Chinese or Japanese <tuv> (xml:lang zh… or ja…):"
                        + " aligncheck checks English translations of Chinese or Japanese originals");
            }
            source = first.get();
        }
        String primary = BilingualContent.primary(source);
        List<SegmentPair> pairs = new ArrayList<>();
        boolean english = false;
        for (XmlElement tu : tus) {
            XmlElement src = null;
            XmlElement tgt = null;
            for (XmlElement tuv : tu.children("", "tuv").toList()) {
                String lang = lang(tuv);
                if (lang == null) {
                    throw new InputException(file, tuv.line(), tuv.column(), "<tuv> without xml:lang", null);
                }
                if (src == null && BilingualContent.primary(lang).equals(primary)) {
                    src = tuv;
                } else if (tgt == null && BilingualContent.isEnglish(lang)) {
                    tgt = tuv;
                }
            }
            english |= tgt != null;
            XmlElement srcSeg = seg(src, file);
            XmlElement tgtSeg = seg(tgt, file);
            pairs.add(new SegmentPair(srcSeg == null ? null : text(srcSeg), srcSeg == null ? 0 : srcSeg.line(),
                    tgtSeg == null ? null : text(tgtSeg), tgtSeg == null ? 0 : tgtSeg.line()));
        }
        if (!tus.isEmpty() && !english) {
            throw new InputException(file, body.line(), "no English <tuv> (xml:lang en…) in any <tu>");
        }
        return new BilingualContent(source, pairs);
    }

    private static String lang(XmlElement tuv) {
        return tuv.xmlLang() != null ? tuv.xmlLang() : tuv.attribute("lang");
    }

    private static XmlElement required(XmlElement parent, String name, Path file) throws InputException {
        return parent.children("", name).findFirst().orElseThrow(() -> new InputException(file, parent.line(),
                parent.tag() + " without <" + name + ">"));
    }

    private static XmlElement seg(XmlElement tuv, Path file) throws InputException {
        if (tuv == null) {
            return null;
        }
        return tuv.children("", "seg").findFirst().orElseThrow(() -> new InputException(file, tuv.line(),
                tuv.column(), "<tuv> without <seg>", null));
    }

    private static String text(XmlElement e) {
        StringBuilder b = new StringBuilder();
        append(e, b);
        return b.toString();
    }

    private static void append(XmlElement e, StringBuilder b) {
        for (Object o : e.content()) {
            if (o instanceof String s) {
                b.append(s);
            } else if (o instanceof XmlElement child && !CODES.contains(child.name())) {
                append(child, b);
            }
        }
    }
}
