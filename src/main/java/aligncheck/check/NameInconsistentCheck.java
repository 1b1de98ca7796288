package aligncheck.check;

import aligncheck.names.NameConsistency;
import aligncheck.names.NameConsistency.Divergence;
import aligncheck.names.NameLink;
import aligncheck.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * NAME_INCONSISTENT (warning): one source name rendered in two or more incompatible ways in one document
 * (赤沢 "Akasawa" here, "Akazawa" there). One finding per divergent place (see {@link NameConsistency}); its
 * message lists the other places with their target line and sentence index, and the suggestion is the form most
 * places use, when there is one. Names the glossaries know are checked against the glossary instead.
 */
public final class NameInconsistentCheck implements Check {
    public static final String ID = "NAME_INCONSISTENT";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(CheckContext context) {
        List<Sentence> target = context.document().target();
        List<Finding> out = new ArrayList<>();
        for (Divergence d : NameConsistency.find(context.nameLinks())) {
            NameLink l = d.place();
            String others = d.others().stream()
                    .map(o -> "\"" + o.english() + "\" (line " + line(target, o) + ", sentence " + o.targetSentence()
                            + ")")
                    .collect(Collectors.joining(", "));
            String message = l.name().text() + " rendered \"" + l.english() + "\" here but elsewhere " + others;
            List<String> suggestions = d.reference() == null ? List.of() : d.others().stream()
                    .filter(o -> d.reference().equals(aligncheck.names.EnglishNameForm.of(o.english())))
                    .map(NameLink::english).limit(1).toList();
            out.add(new Finding(ID, Severity.WARNING, IssueKind.INCONSISTENCY, l.linkIndex(), l.sourceSentence(),
                    l.name().span(), l.name().text(), l.targetSentence(), l.targetSpan(), l.english(), suggestions,
                    message, null, d.confidence()));
        }
        return out;
    }

    /** The 1-based file line of a rendering: its sentence's line plus the line breaks before it. */
    static int line(List<Sentence> target, NameLink l) {
        Sentence s = target.get(l.targetSentence());
        int breaks = (int) s.text().substring(0, l.targetSpan().start()).chars().filter(c -> c == '\n').count();
        return s.line() + breaks;
    }
}
