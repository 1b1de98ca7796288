package aligncheck.io;

import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a glossary as TBX-Basic on TBX v3 (ISO 30042:2019), DCA style, namespace {@code urn:iso:std:iso:30042:ed-2}.
 *
 * <ul>
 *   <li>header: {@code titleStmt/title} = the glossary name, {@code titleStmt/note} = its description;</li>
 *   <li>one {@code conceptEntry} per entry, {@code id} = the entry id (prefixed with {@code _} when it starts with a
 *       digit, which an XML ID cannot), with {@code descrip type="subjectField"} = the type,
 *       {@code descripGrp/descrip type="definition"} = the description and {@code note} = the note;</li>
 *   <li>{@code langSec} {@code zh-Hans}, {@code zh-Hant}, {@code ja}, {@code en}, each only when it has forms; a
 *       {@code termSec} per form, in order, with {@code partOfSpeech} noun and an {@code administrativeStatus}: the
 *       first source form of each script and the canonical English {@code preferredTerm-admn-sts}, the other source
 *       forms and the variants {@code admittedTerm-admn-sts}, the wrong renderings
 *       {@code deprecatedTerm-admn-sts}.</li>
 * </ul>
 * TBX holds everything of an entry; a form that appears in two scripts is written in both. Characters XML cannot carry
 * (control characters other than tab and line ends) make the export fail.
 */
public final class TbxGlossaryWriter implements GlossaryFileWriter {
    static final String NAMESPACE = "urn:iso:std:iso:30042:ed-2";
    static final String PREFERRED = "preferredTerm-admn-sts";
    static final String ADMITTED = "admittedTerm-admn-sts";
    static final String DEPRECATED = "deprecatedTerm-admn-sts";

    @Override
    public void write(Glossary glossary, OutputStream out) throws IOException {
        StringBuilder x = new StringBuilder(1 << 16);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"").append(NAMESPACE).append("\">\n");
        x.append("  <tbxHeader>\n    <fileDesc>\n      <titleStmt>\n");
        x.append("        <title>").append(text(glossary.name())).append("</title>\n");
        if (!glossary.description().isEmpty()) {
            x.append("        <note>").append(text(glossary.description())).append("</note>\n");
        }
        x.append("      </titleStmt>\n");
        x.append("      <sourceDesc>\n        <p>Exported by aligncheck from its JSON glossaries.</p>\n");
        x.append("      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n");
        if (glossary.entries().isEmpty()) {
            x.append("  <text/>\n");
        } else {
            x.append("  <text>\n    <body>\n");
            for (GlossaryEntry e : glossary.entries()) {
                conceptEntry(e, x);
            }
            x.append("    </body>\n  </text>\n");
        }
        x.append("</tbx>\n");
        out.write(x.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void conceptEntry(GlossaryEntry e, StringBuilder x) throws IOException {
        x.append("      <conceptEntry id=\"").append(attribute(xmlId(e.id()))).append("\">\n");
        x.append("        <descrip type=\"subjectField\">").append(e.type().jsonName()).append("</descrip>\n");
        if (!e.description().isEmpty()) {
            x.append("        <descripGrp>\n          <descrip type=\"definition\">").append(text(e.description()))
                    .append("</descrip>\n        </descripGrp>\n");
        }
        if (!e.note().isEmpty()) {
            x.append("        <note>").append(text(e.note())).append("</note>\n");
        }
        sourceLangSec("zh-Hans", e.zhHans(), x);
        sourceLangSec("zh-Hant", e.zhHant(), x);
        sourceLangSec("ja", e.ja(), x);
        x.append("        <langSec xml:lang=\"en\">\n");
        termSec(e.english(), PREFERRED, x);
        for (String v : e.variants()) {
            termSec(v, ADMITTED, x);
        }
        for (String w : e.wrong()) {
            termSec(w, DEPRECATED, x);
        }
        x.append("        </langSec>\n");
        x.append("      </conceptEntry>\n");
    }

    private static void sourceLangSec(String lang, List<String> forms, StringBuilder x) throws IOException {
        if (forms.isEmpty()) {
            return;
        }
        x.append("        <langSec xml:lang=\"").append(lang).append("\">\n");
        for (int i = 0; i < forms.size(); i++) {
            termSec(forms.get(i), i == 0 ? PREFERRED : ADMITTED, x);
        }
        x.append("        </langSec>\n");
    }

    private static void termSec(String term, String status, StringBuilder x) throws IOException {
        x.append("          <termSec>\n");
        x.append("            <term>").append(text(term)).append("</term>\n");
        x.append("            <termNote type=\"partOfSpeech\">noun</termNote>\n");
        x.append("            <termNote type=\"administrativeStatus\">").append(status).append("</termNote>\n");
        x.append("          </termSec>\n");
    }

    /** An entry id as an XML ID (an NCName may not start with a digit). */
    static String xmlId(String id) {
        return !id.isEmpty() && Character.isDigit(id.charAt(0)) ? "_" + id : id;
    }

    private static String text(String s) throws IOException {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF) {
                        throw new IOException(String.format("character U+%04X cannot be written in XML: \"%s\"",
                                (int) c, s));
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static String attribute(String s) throws IOException {
        return text(s).replace("\"", "&quot;").replace("\t", "&#9;").replace("\n", "&#10;");
    }
}
