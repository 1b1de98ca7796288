package aligncheck.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.SAXParser;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.Locator2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XML file into an {@link XmlElement} tree, safely: the JDK's own SAX parser (whatever else is on the
 * class path) with secure processing, and a document type declaration refused outright
 * ({@code disallow-doctype-decl}), so there are no DTDs, no entity definitions (no billion laughs), no external
 * entities or DTDs (no XXE), and no XInclude. Nothing is fetched from anywhere; the file is only read.
 *
 * <p>Every problem is an {@link InputException} of one line naming the file, and for a malformed file the line
 * and column: {@code file.tmx:12:5: The element type "seg" must be terminated by the matching end-tag "</seg>".}
 */
final class XmlTreeReader {
    /** The reason given for a file with a document type declaration. */
    static final String DOCTYPE_REFUSED = "a DOCTYPE declaration is not allowed: DTDs and entity definitions "
            + "are refused (they can read other files or expand without end)";

    private XmlTreeReader() {
    }

    /** A parsed file: its root element and the encoding it was decoded with. */
    record XmlDocument(XmlElement root, Charset encoding) {
    }

    static XmlDocument read(Path file) throws InputException {
        byte[] bytes = TextFileReader.readBytes(file);
        TreeBuilder builder = new TreeBuilder();
        try {
            XMLReader reader = SecureXml.newSaxParser().getXMLReader();
            reader.setContentHandler(builder);
            reader.setErrorHandler(builder);
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            throw new InputException(file, Math.max(0, e.getLineNumber()),
                    e.getLineNumber() > 0 ? Math.max(0, e.getColumnNumber()) : 0, reason(e), e);
        } catch (SAXException e) {
            throw new InputException(file, 0, oneLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read file: " + e.getMessage(), e);
        }
        return new XmlDocument(builder.root, builder.encoding());
    }

    private static String reason(SAXParseException e) {
        String m = e.getMessage() == null ? "malformed XML" : e.getMessage();
        if (m.contains("disallow-doctype-decl") || m.contains("DOCTYPE")) {
            return DOCTYPE_REFUSED;
        }
        return oneLine(m);
    }

    private static String oneLine(String s) {
        return s == null ? "malformed XML" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** Builds the tree from SAX events; errors and fatal errors stop the parse. */
    private static final class TreeBuilder extends DefaultHandler {
        private record Building(String namespace, String name, Map<String, String> attributes, List<Object> content,
                                int line, int column) {
        }

        private final Deque<Building> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;
        XmlElement root;

        Charset encoding() {
            if (locator instanceof Locator2 l2 && l2.getEncoding() != null) {
                try {
                    return Charset.forName(l2.getEncoding());
                } catch (IllegalArgumentException e) {
                    return StandardCharsets.UTF_8;
                }
            }
            return StandardCharsets.UTF_8;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            flushText();
            Map<String, String> attributes = new HashMap<>();
            for (int i = 0; i < atts.getLength(); i++) {
                String ns = atts.getURI(i);
                attributes.put(ns.isEmpty() ? atts.getLocalName(i) : "{" + ns + "}" + atts.getLocalName(i),
                        atts.getValue(i));
            }
            open.push(new Building(uri, localName, attributes, new ArrayList<>(),
                    locator == null ? 1 : Math.max(1, locator.getLineNumber()),
                    locator == null ? 1 : Math.max(1, locator.getColumnNumber())));
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            Building b = open.pop();
            XmlElement e = new XmlElement(b.namespace(), b.name(), b.attributes(), b.content(), b.line(), b.column());
            if (open.isEmpty()) {
                root = e;
            } else {
                open.peek().content().add(e);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private void flushText() {
            if (text.length() > 0 && !open.isEmpty()) {
                open.peek().content().add(text.toString());
            }
            text.setLength(0);
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
