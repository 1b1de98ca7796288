package aligncheck.check;

import aligncheck.check.NameRendering.Status;
import java.util.List;

/** TITLE_MISTRANSLATED: a title from the glossary rendered by a known wrong form. */
public final class TitleMistranslatedCheck implements Check {
    public static final String ID = "TITLE_MISTRANSLATED";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(CheckContext context) {
        return context.nameRenderings().stream()
                .filter(r -> r.status() == Status.WRONG && r.entry().isTitle())
                .map(r -> RenderingFindings.wrong(ID, IssueKind.MISTRANSLATION, r))
                .toList();
    }
}
