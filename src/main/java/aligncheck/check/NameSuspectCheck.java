package aligncheck.check;

import aligncheck.names.NameLink;
import aligncheck.names.RenderingJudge;
import aligncheck.names.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * NAME_SUSPECT (warning): a name the glossaries do not know is rendered by English that does not fit its sound
 * (赫格塞思 "Hagel"), as {@link RenderingJudge} decides on the rendering {@link CheckContext#nameLinks()} found.
 * The finding's confidence is the judge's. Names the glossaries know are left to NAME_MISTRANSLATED; places and
 * renderings the judge cannot tell are never reported.
 */
public final class NameSuspectCheck implements Check {
    public static final String ID = "NAME_SUSPECT";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(CheckContext context) {
        RenderingJudge judge = new RenderingJudge(CheckContext.scorer());
        List<Finding> out = new ArrayList<>();
        for (NameLink l : context.nameLinks()) {
            Verdict v = judge.judge(l);
            if (!v.suspect()) {
                continue;
            }
            String how = v.kind().name().toLowerCase(Locale.ROOT);
            String message = l.name().text() + " rendered \"" + l.english() + "\": " + how + " for its sound ("
                    + v.reason() + "); the name is in no glossary";
            out.add(new Finding(ID, Severity.WARNING, IssueKind.MISTRANSLATION, l.linkIndex(), l.sourceSentence(),
                    l.name().span(), l.name().text(), l.targetSentence(), l.targetSpan(), l.english(), List.of(),
                    message, null, v.confidence()));
        }
        return out;
    }
}
