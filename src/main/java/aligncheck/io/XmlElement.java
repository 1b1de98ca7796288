package aligncheck.io;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An element of an XML file read by {@link XmlTreeReader}: a namespace-resolved name, attributes, and content in
 * document order.
 *
 * @param namespace  the namespace URI, "" for none
 * @param name       the local name
 * @param attributes by local name for attributes without namespace, by {@code {uri}local} for the others
 *                   ({@code {http://www.w3.org/XML/1998/namespace}lang} for {@code xml:lang})
 * @param content    {@link String} (character data, entities resolved) and {@link XmlElement} items in order
 * @param line       1-based line just after the start tag, where the element's content begins
 * @param column     1-based column just after the start tag
 */
record XmlElement(String namespace, String name, Map<String, String> attributes, List<Object> content, int line,
                  int column) {
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    XmlElement {
        attributes = Map.copyOf(attributes);
        content = List.copyOf(content);
    }

    String attribute(String localName) {
        return attributes.get(localName);
    }

    /** {@code xml:lang}, or null. */
    String xmlLang() {
        return attributes.get("{" + XML_NS + "}lang");
    }

    Stream<XmlElement> children() {
        return content.stream().filter(XmlElement.class::isInstance).map(XmlElement.class::cast);
    }

    Stream<XmlElement> children(String localName) {
        return children().filter(e -> e.name.equals(localName));
    }

    /** The child elements named {@code localName} in namespace {@code ns} ("" for none). */
    Stream<XmlElement> children(String ns, String localName) {
        return children().filter(e -> e.namespace.equals(ns) && e.name.equals(localName));
    }

    boolean is(String ns, String localName) {
        return namespace.equals(ns) && name.equals(localName);
    }

    Optional<XmlElement> child(String localName) {
        return children(localName).findFirst();
    }

    /** {@code <name>} as in messages. */
    String tag() {
        return "<" + name + ">";
    }
}
