package aligncheck.io;

import aligncheck.glossary.EntryType;
import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryException;
import aligncheck.glossary.LocatedEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a TBX glossary: TBX v3 (ISO 30042:2019, namespace {@code urn:iso:std:iso:30042:ed-2}, or the 2017 drafts'
 * {@code …:ed:3.0}) in DCA style, and TBX v2 / {@code martif} (termEntry, langSet, tig, ntig). Elements are matched
 * by local name.
 *
 * <p>Mapping (the inverse of {@link TbxGlossaryWriter}): a {@code conceptEntry}/{@code termEntry} is an entry, its
 * {@code id} the entry id (an id that is not a valid entry id is replaced by one made from the English form, see
 * {@link EntryIds}); {@code descrip type="subjectField"} the type ("person", "persons", any case; otherwise the type
 * given by the caller); the first {@code descrip type="definition"} the description; a {@code note} directly in the
 * entry the note. Languages: {@code en…} is English; {@code ja…} Japanese; {@code zh-Hant}, {@code zh-TW},
 * {@code zh-HK}, {@code zh-MO} traditional Chinese; any other {@code zh…} simplified Chinese; other languages are
 * skipped. English terms: the first preferred one is the canonical form (else the first admitted one), the others
 * admitted are variants, and deprecated, superseded, forbidden or obsolete ones are the known wrong renderings.
 * Source terms with such a status are skipped (the glossary has no wrong source forms). In descriptions and notes a
 * line break followed by indentation becomes one space (pretty-printed files wrap their text).
 *
 * <p>Security: no DTD is read. A {@code DOCTYPE} is refused, as are external entities and XInclude, and the JDK's
 * secure-processing limits apply; so XXE and entity-expansion ("billion laughs") files are refused with one line
 * naming file, line and column.
 */
public final class TbxGlossaryReader implements GlossaryFileReader {
    private static final Pattern WRAPPED = Pattern.compile("[ \\t]*\\r?\\n[ \\t]+");

    @Override
    public Glossary read(Path file, EntryType typeWhenAbsent) throws GlossaryException {
        Handler handler = new Handler(file, typeWhenAbsent);
        try (InputStream in = Files.newInputStream(file)) {
            SAXParser parser = SecureXml.newSaxParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            parser.parse(source, handler);
        } catch (NoSuchFileException e) {
            throw new GlossaryException(file, 0, "no such file");
        } catch (IOException e) {
            throw new GlossaryException(file, 0, "cannot read: " + e.getMessage());
        } catch (SAXParseException e) {
            throw new GlossaryException(file, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0),
                    xmlProblem(e.getMessage()));
        } catch (SAXException e) {
            if (e.getCause() instanceof GlossaryException g) {
                throw g;
            }
            throw new GlossaryException(file, 0, "malformed XML: " + e.getMessage());
        }
        if (!handler.sawRoot) {
            throw new GlossaryException(file, 1, "not a TBX file");
        }
        String name = handler.title.isBlank() ? Glossary.nameOf(file) : handler.title.strip();
        return new Glossary(file, name, handler.description.strip(),
                handler.entries.stream().map(LocatedEntry::entry).toList(),
                handler.entries.stream().map(LocatedEntry::location).toList());
    }

    private static String xmlProblem(String parserMessage) {
        String m = parserMessage == null ? "" : parserMessage.strip();
        if (m.contains("DOCTYPE")) {
            return "DOCTYPE declarations are not allowed: TBX files are read without DTDs or entities "
                    + "(protection against XXE and entity expansion)";
        }
        return "malformed XML: " + m;
    }

    /** Builds entries from the SAX events. */
    private static final class Handler extends DefaultHandler {
        private final Path file;
        private final EntryType typeWhenAbsent;
        private final EntryIds ids = new EntryIds();
        private final Deque<String> path = new ArrayDeque<>();
        final List<LocatedEntry> entries = new ArrayList<>();
        private Locator locator;
        boolean sawRoot;
        String title = "";
        String description = "";

        private EntryDraft draft;
        private int draftLine;
        private String draftId;
        private String lang;
        private String term;
        private String status;
        private String descripType;
        private StringBuilder text;

        Handler(Path file, EntryType typeWhenAbsent) {
            this.file = file;
            this.typeWhenAbsent = typeWhenAbsent;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            throw new SAXException("external entity " + systemId + " refused");
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            String parent = path.peek();
            path.push(localName);
            if (!sawRoot) {
                if (!localName.equals("tbx") && !localName.equals("martif")) {
                    throw fail("not a TBX file: the root element is <" + qName + ">, not <tbx> or <martif>");
                }
                sawRoot = true;
                return;
            }
            switch (localName) {
                case "conceptEntry", "termEntry" -> {
                    draft = new EntryDraft();
                    draftLine = locator.getLineNumber();
                    draftId = atts.getValue("id") == null ? "" : atts.getValue("id");
                    if (draftId.startsWith("_")) {
                        draftId = draftId.substring(1);
                    }
                    draft.id = draftId;
                }
                case "langSec", "langSet" -> {
                    String l = atts.getValue(XMLConstants.XML_NS_URI, "lang");
                    lang = l == null ? atts.getValue("lang") : l;
                }
                case "termSec", "tig", "ntig" -> {
                    term = null;
                    status = null;
                }
                case "term", "title" -> text = new StringBuilder();
                case "termNote" -> text = "administrativeStatus".equals(atts.getValue("type"))
                        ? new StringBuilder() : null;
                case "descrip" -> {
                    descripType = atts.getValue("type");
                    text = draft != null && ("subjectField".equals(descripType) || "definition".equals(descripType))
                            ? new StringBuilder() : null;
                }
                case "note" -> text = parent != null && (parent.equals("conceptEntry") || parent.equals("termEntry")
                        || parent.equals("titleStmt")) ? new StringBuilder() : null;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            path.pop();
            String parent = path.peek();
            String value = text == null ? null : text.toString();
            switch (localName) {
                case "title" -> {
                    if ("titleStmt".equals(parent) && value != null) {
                        title = value.strip();
                    }
                }
                case "term" -> term = value == null ? null : value.strip();
                case "termNote" -> {
                    if (value != null) {
                        status = value.strip();
                    }
                }
                case "descrip" -> {
                    if (value != null && draft != null) {
                        if ("subjectField".equals(descripType)) {
                            draft.type = type(value.strip());
                        } else if (draft.description.isEmpty()) {
                            draft.description = unwrap(value);
                        }
                    }
                }
                case "note" -> {
                    if (value != null && "titleStmt".equals(parent)) {
                        description = description.isEmpty() ? unwrap(value) : description;
                    } else if (value != null && draft != null && draft.note.isEmpty()) {
                        draft.note = unwrap(value);
                    }
                }
                case "termSec", "tig", "ntig" -> addTerm();
                case "conceptEntry", "termEntry" -> {
                    try {
                        entries.add(draft.toEntry(file, draftLine, typeWhenAbsent, ids));
                    } catch (GlossaryException e) {
                        throw new SAXException(e.getMessage(), e);
                    }
                    draft = null;
                }
                default -> {
                }
            }
            text = null;
        }

        private void addTerm() {
            if (draft == null || term == null || term.isEmpty() || lang == null) {
                return;
            }
            String s = status == null ? "" : status.toLowerCase(Locale.ROOT);
            boolean wrong = s.startsWith("deprecated") || s.startsWith("superseded") || s.startsWith("forbidden")
                    || s.startsWith("obsolete");
            String l = lang.toLowerCase(Locale.ROOT).replace('_', '-');
            if (l.equals("en") || l.startsWith("en-")) {
                if (wrong) {
                    EntryDraft.add(draft.wrong, term);
                } else if (s.startsWith("preferred") && draft.english.isEmpty()) {
                    draft.english = term;
                } else {
                    EntryDraft.add(draft.variants, term);
                }
            } else if (!wrong && (l.equals("ja") || l.startsWith("ja-"))) {
                EntryDraft.add(draft.ja, term);
            } else if (!wrong && (l.equals("zh") || l.startsWith("zh-"))) {
                boolean traditional = l.startsWith("zh-hant") || l.equals("zh-tw") || l.equals("zh-hk")
                        || l.equals("zh-mo");
                EntryDraft.add(traditional ? draft.zhHant : draft.zhHans, term);
            }
        }

        private EntryType type(String subjectField) {
            String s = subjectField.toLowerCase(Locale.ROOT);
            for (EntryType t : EntryType.values()) {
                if (s.equals(t.jsonName()) || s.equals(t.jsonName() + "s")) {
                    return t;
                }
            }
            return null;
        }

        private static String unwrap(String s) {
            return WRAPPED.matcher(s.strip()).replaceAll(" ");
        }

        private SAXException fail(String message) {
            return new SAXException(message, new GlossaryException(file, locator.getLineNumber(),
                    locator.getColumnNumber(), message));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
