package aligncheck.align;

import aligncheck.text.Language;
import java.util.List;

/**
 * What the aligner may use besides the sentences themselves.
 *
 * @param sourceLanguage zh or ja (calibrates the length model)
 * @param namePairs      source form → English forms of known names (from the glossaries), as anchors
 */
public record AlignHints(Language sourceLanguage, List<NamePair> namePairs) {
    public AlignHints {
        namePairs = List.copyOf(namePairs);
    }

    public static AlignHints none(Language sourceLanguage) {
        return new AlignHints(sourceLanguage, List.of());
    }

    /** One source form and the English forms that render it. */
    public record NamePair(String sourceForm, List<String> englishForms) {
        public NamePair {
            englishForms = List.copyOf(englishForms);
        }
    }
}
