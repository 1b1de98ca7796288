package aligncheck.io;

import aligncheck.align.AlignedDocument;
import aligncheck.check.Finding;
import aligncheck.check.Severity;
import aligncheck.text.Language;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * XLIFF 2.0 ({@code urn:oasis:names:tc:xliff:document:2.0}): one {@code <file>}, one {@code <unit>} per alignment
 * link ({@code id} the link's 0-based index, {@code name} the link as {@code [0,1]:[0]}), holding one
 * {@code <segment>} whose {@code <source>} and {@code <target>} are the link's two sides, sentences joined as in the
 * document ({@link LinkSide}). The file has {@code xml:space="preserve"}: line breaks inside a side are content.
 *
 * <p>Findings:
 * <ul>
 *   <li>each finding of a link is a {@code <note>} of its unit: {@code category} the check id, {@code priority} 1
 *       for an error, 5 for a warning, 9 for information, {@code appliesTo="target"}, the text
 *       {@code NAME_MISTRANSLATED: 赫格塞思 rendered "Hagel", expected "Hegseth" (…)}; findings that belong to no
 *       link are notes of the file;</li>
 *   <li>a finding with a span in the English is also an ITS 2.0 Localization Quality Issue on that span, as the
 *       Okapi XLIFF 2 library writes and reads it: {@code <mrk id="m1" type="its:any"
 *       its:locQualityIssueType="…" its:locQualityIssueComment="…" its:locQualityIssueSeverity="…">Hagel</mrk>}
 *       (namespace {@code http://www.w3.org/2005/11/its}, {@code its:version="2.0"} on the root); the type is
 *       {@link aligncheck.check.IssueKind#itsType()}, the comment the finding's message, the severity 100 for an
 *       error, 50 for a warning, 10 for information. Spans that cross another one (rather than nest in it or lie
 *       apart) are left to the note. A finding with nothing to point at in the English (a missing rendering) is
 *       a note only.</li>
 * </ul>
 *
 * <p>Empty sides: a link with no English is a segment without {@code <target>} (untranslated, state initial); a
 * link with no source has an empty {@code <source/>}; both have a note saying so. Other segments are
 * {@code state="translated"}. A character XML cannot carry (a control character) is written as
 * {@code <cp hex="…"/>}.
 */
public final class XliffWriter implements TranslationWriter {
    public static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    public static final String ITS_NS = "http://www.w3.org/2005/11/its";

    @Override
    public void write(AlignedDocument doc, List<Finding> findings, Writer out) throws IOException {
        XmlWriter x = new XmlWriter(out);
        x.start("xliff").attribute("xmlns", NS).attribute("xmlns:its", ITS_NS).attribute("version", "2.0")
                .attribute("srcLang", doc.sourceLanguage().locale().toLanguageTag())
                .attribute("trgLang", Language.EN.locale().toLanguageTag())
                .attribute("its:version", "2.0");
        x.start("file").attribute("id", "f1").attribute("original", doc.targetText().displayName())
                .attribute("xml:space", "preserve");
        notes(x, ExportText.unlinked(doc, findings), null);
        for (ExportText.LinkText l : ExportText.links(doc, findings)) {
            unit(x, l);
        }
        x.finish();
    }

    private static void unit(XmlWriter x, ExportText.LinkText l) throws IOException {
        x.start("unit").attribute("id", Integer.toString(l.index())).attribute("name", l.link().format());
        String side = l.target().isEmpty() ? ExportText.SOURCE_ONLY
                : l.source().isEmpty() ? ExportText.TARGET_ONLY : null;
        notes(x, l.findings(), side);
        x.start("segment").attribute("id", "s1");
        if (!l.target().isEmpty()) {
            x.attribute("state", "translated");
        }
        x.startText("source");
        text(x, l.source().text());
        x.end();
        if (!l.target().isEmpty()) {
            x.startText("target");
            annotated(x, l.target(), issues(l));
            x.end();
        }
        x.end();
        x.end();
    }

    private static void notes(XmlWriter x, List<Finding> findings, String sideNote) throws IOException {
        if (findings.isEmpty() && sideNote == null) {
            return;
        }
        x.start("notes");
        int id = 1;
        if (sideNote != null) {
            x.startText("note").attribute("id", "n" + id++).attribute("category", "aligncheck").text(sideNote).end();
        }
        for (Finding f : findings) {
            x.startText("note").attribute("id", "n" + id++).attribute("category", f.checkId())
                    .attribute("priority", Integer.toString(priority(f.severity())))
                    .attribute("appliesTo", "target").text(ExportText.note(f)).end();
        }
        x.end();
    }

    /** A finding's span in the text of the link's English side. */
    private record Issue(int start, int end, Finding finding) {
    }

    /** The findings with a non-empty span on this link's English side, by start, longer first. */
    private static List<Issue> issues(ExportText.LinkText l) {
        List<Issue> out = new ArrayList<>();
        for (Finding f : l.findings()) {
            if (f.targetSpan() == null || f.targetSpan().isEmpty()) {
                continue;
            }
            int base = l.target().offsetOf(f.targetSentence());
            if (base >= 0) {
                out.add(new Issue(base + f.targetSpan().start(), base + f.targetSpan().end(), f));
            }
        }
        out.sort(Comparator.comparingInt(Issue::start).thenComparing(Comparator.comparingInt(Issue::end).reversed()));
        return out;
    }

    /** Writes {@code side}'s text with an ITS mrk around each issue span that nests in or lies apart from others. */
    private static void annotated(XmlWriter x, LinkSide side, List<Issue> issues) throws IOException {
        String t = side.text();
        Deque<Issue> open = new ArrayDeque<>();
        int pos = 0;
        int id = 1;
        for (Issue i : issues) {
            while (!open.isEmpty() && open.peek().end() <= i.start()) {
                text(x, t.substring(pos, open.peek().end()));
                pos = open.pop().end();
                x.end();
            }
            if (!open.isEmpty() && i.end() > open.peek().end()) {
                continue; // crosses the open span: the note carries it
            }
            text(x, t.substring(pos, i.start()));
            pos = i.start();
            Finding f = i.finding();
            x.start("mrk").attribute("id", "m" + id++).attribute("type", "its:any")
                    .attribute("its:locQualityIssueType", f.kind().itsType())
                    .attribute("its:locQualityIssueComment", XmlWriter.printable(f.message()))
                    .attribute("its:locQualityIssueSeverity", Integer.toString(severity(f.severity())));
            open.push(i);
        }
        while (!open.isEmpty()) {
            text(x, t.substring(pos, open.peek().end()));
            pos = open.pop().end();
            x.end();
        }
        text(x, t.substring(pos));
    }

    /** Text, with each character XML cannot carry as {@code <cp hex="…"/>}. */
    private static void text(XmlWriter x, String s) throws IOException {
        int from = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (!XmlWriter.isXmlChar(cp)) {
                x.text(s.substring(from, i));
                x.start("cp").attribute("hex", String.format(Locale.ROOT, "%04X", cp)).end();
                from = i + n;
            }
            i += n;
        }
        x.text(s.substring(from));
    }

    /** XLIFF note priority: 1 (highest) to 10. */
    static int priority(Severity s) {
        return switch (s) {
            case ERROR -> 1;
            case WARNING -> 5;
            case INFO -> 9;
        };
    }

    /** ITS locQualityIssueSeverity: 0 to 100. */
    static int severity(Severity s) {
        return switch (s) {
            case ERROR -> 100;
            case WARNING -> 50;
            case INFO -> 10;
        };
    }
}
