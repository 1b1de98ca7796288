package aligncheck.check;

import aligncheck.check.NameRendering.Status;
import java.util.List;

/**
 * NAME_MISSING: a glossary name of the source with no rendering at all in the aligned target. Titles are left
 * out: translations drop or paraphrase them too often for a warning to help.
 */
public final class NameMissingCheck implements Check {
    public static final String ID = "NAME_MISSING";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(CheckContext context) {
        return context.nameRenderings().stream()
                .filter(r -> r.status() == Status.MISSING && !r.entry().isTitle())
                .map(r -> new Finding(ID, Severity.WARNING, IssueKind.OMISSION, r.linkIndex(),
                        r.sourceSentence(), r.sourceSpan(), r.sourceText(), r.targetSentence(), null, null,
                        List.of(r.suggestion()),
                        r.sourceText() + " has no rendering in the translation, expected \"" + r.suggestion()
                                + "\" (" + r.entryLabel() + ")",
                        r.entry().id()))
                .toList();
    }
}
