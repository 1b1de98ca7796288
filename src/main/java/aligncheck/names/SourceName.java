package aligncheck.names;

import aligncheck.text.Span;
import java.util.List;

/**
 * A name found in a source sentence.
 *
 * @param span  where it lies in the sentence text (UTF-16 offsets); may include a line break inside the name
 * @param text  the sentence text of the span
 * @param parts the name's parts in source order without separators or white space: for transliterations the
 *              pieces between middle dots, for East Asian person names surname then given name (one part when
 *              only the surname stands there)
 * @param key   the form that identifies the name across a document: parts joined without separators, after
 *              {@link aligncheck.text.NormalizedText} (traditional Chinese simplified for Chinese sources)
 */
public record SourceName(Span span, String text, NameKind kind, List<String> parts, String key) {
    public SourceName {
        parts = List.copyOf(parts);
        if (parts.isEmpty() || span.length() != text.length()) {
            throw new IllegalArgumentException("bad source name " + text + " " + span);
        }
    }

    /** Person names, as far as the finder can tell: everything but places. */
    public boolean isPerson() {
        return kind != NameKind.PLACE;
    }
}
