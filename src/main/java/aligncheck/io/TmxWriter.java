package aligncheck.io;

import aligncheck.align.AlignedDocument;
import aligncheck.check.Finding;
import aligncheck.text.Language;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * TMX 1.4b (level 1, plain text): one {@code <tu>} per alignment link, {@code tuid} its 0-based index, with a
 * {@code <tuv>} for the source ({@code xml:lang} zh-CN or ja) and one for the English ({@code en}), each side's
 * sentences in one {@code <seg>} joined as in the document (see {@link LinkSide}).
 *
 * <ul>
 *   <li>header: {@code creationtool="aligncheck"}, {@code segtype="sentence"}, {@code datatype="plaintext"},
 *       {@code srclang} the source language, {@code creationdate} in {@code YYYYMMDDThhmmssZ}; findings that
 *       belong to no link are header notes;</li>
 *   <li>each finding of a link is a {@code <note>} of its tu: {@code NAME_MISTRANSLATED: 赫格塞思 rendered "Hagel",
 *       expected "Hegseth" (…)};</li>
 *   <li>{@code <prop type="x-aligncheck-link">} holds the link as {@code [0,1]:[0]} (0-based sentence indices);</li>
 *   <li>a link with an empty side is kept, so that every sentence of both texts is in the file and reading it back
 *       gives the same links: the empty side is a {@code <tuv>} with an empty {@code <seg>}, and the tu has a
 *       note saying which side is missing ({@link ExportText#SOURCE_ONLY}, {@link ExportText#TARGET_ONLY}). A tool
 *       that fills a translation memory should skip tus with an empty seg.</li>
 * </ul>
 *
 * <p>A sentence holding a character that XML 1.0 cannot carry (a control character) is refused with an
 * {@link InputException} naming its file and line; carriage returns survive as {@code &#13;}.
 */
public final class TmxWriter implements TranslationWriter {
    /** The value of {@code creationtoolversion}. */
    public static final String TOOL_VERSION = "0.1.0";
    /** TMX dates: {@code YYYYMMDDThhmmssZ}, UTC. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Instant created;

    /** A writer that dates the file now. */
    public TmxWriter() {
        this(Instant.now());
    }

    /** A writer that dates the file {@code created} (for reproducible files). */
    public TmxWriter(Instant created) {
        this.created = created;
    }

    @Override
    public void write(AlignedDocument doc, List<Finding> findings, Writer out) throws IOException, InputException {
        ExportText.requireXmlChars(doc, "TMX");
        String srcLang = doc.sourceLanguage().locale().toLanguageTag();
        String tgtLang = Language.EN.locale().toLanguageTag();
        XmlWriter x = new XmlWriter(out);
        x.start("tmx").attribute("version", "1.4");
        x.start("header")
                .attribute("creationtool", "aligncheck")
                .attribute("creationtoolversion", TOOL_VERSION)
                .attribute("segtype", "sentence")
                .attribute("o-tmf", "aligncheck")
                .attribute("adminlang", "en")
                .attribute("srclang", srcLang)
                .attribute("datatype", "plaintext")
                .attribute("creationdate", DATE.format(created));
        for (Finding f : ExportText.unlinked(doc, findings)) {
            x.element("note", ExportText.note(f));
        }
        x.end();
        x.start("body");
        for (ExportText.LinkText l : ExportText.links(doc, findings)) {
            x.start("tu").attribute("tuid", Integer.toString(l.index()));
            if (l.target().isEmpty()) {
                x.element("note", ExportText.SOURCE_ONLY);
            } else if (l.source().isEmpty()) {
                x.element("note", ExportText.TARGET_ONLY);
            }
            for (Finding f : l.findings()) {
                x.element("note", ExportText.note(f));
            }
            x.startText("prop").attribute("type", "x-aligncheck-link").text(l.link().format()).end();
            tuv(x, srcLang, l.source().text());
            tuv(x, tgtLang, l.target().text());
            x.end();
        }
        x.finish();
    }

    private static void tuv(XmlWriter x, String lang, String text) throws IOException {
        x.start("tuv").attribute("xml:lang", lang).element("seg", text).end();
    }
}
