package aligncheck.check;

import aligncheck.check.NameRendering.Status;
import java.util.List;

/** NAME_MISTRANSLATED: a glossary name rendered by a known wrong form or another name. */
public final class NameMistranslatedCheck implements Check {
    public static final String ID = "NAME_MISTRANSLATED";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(CheckContext context) {
        return context.nameRenderings().stream()
                .filter(r -> r.status() == Status.WRONG && !r.entry().isTitle())
                .map(r -> RenderingFindings.wrong(ID, IssueKind.TERMINOLOGY, r))
                .toList();
    }
}
