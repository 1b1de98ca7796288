package aligncheck.check;

import aligncheck.align.AlignedDocument;
import aligncheck.glossary.GlossarySet;

/** What every check sees: the aligned document and the glossaries in force. */
public record CheckContext(AlignedDocument document, GlossarySet glossaries) {
}
