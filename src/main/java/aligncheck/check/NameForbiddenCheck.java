package aligncheck.check;

import aligncheck.align.SentencePair;
import aligncheck.check.NameRendering.Status;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.SourceMatch;
import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NAME_FORBIDDEN: a known wrong rendering anywhere in the target. Not reported where NAME_MISTRANSLATED already
 * points at the same span, nor where the form is right for someone: for a name in the aligned source (a text about
 * Chuck Hagel may say "Hagel") or for any entry of the glossaries ("Hegseth" is listed as wrong for Chuck Hagel,
 * and right for Pete Hegseth).
 */
public final class NameForbiddenCheck implements Check {
    public static final String ID = "NAME_FORBIDDEN";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(CheckContext context) {
        Map<Integer, List<Span>> reported = new HashMap<>();
        for (NameRendering r : context.nameRenderings()) {
            if (r.status() == Status.WRONG) {
                reported.computeIfAbsent(r.targetSentence(), k -> new ArrayList<>()).add(r.targetSpan());
            }
        }
        List<Finding> out = new ArrayList<>();
        var glossaries = context.glossaries();
        for (SentencePair pair : context.document().pairs()) {
            List<GlossaryEntry> inSource = new ArrayList<>();
            for (Sentence s : pair.source()) {
                glossaries.findSourceForms(s.text()).stream().map(SourceMatch::entry).forEach(inSource::add);
            }
            for (Sentence t : pair.target()) {
                for (GlossaryEntry e : glossaries.entriesWithWrongFormsIn(t.text())) {
                    for (Span span : glossaries.english(e).findWrong(t.text())) {
                        List<Span> taken = reported.computeIfAbsent(t.index(), k -> new ArrayList<>());
                        if (taken.stream().anyMatch(span::overlaps) || rightForSource(context, inSource, t, span)
                                || glossaries.isAcceptedFormOfSomeEntry(t.text(), span)) {
                            continue;
                        }
                        taken.add(span);
                        String text = span.of(t.text());
                        int source = pair.source().isEmpty() ? -1 : pair.source().get(0).index();
                        out.add(new Finding(ID, Severity.ERROR, IssueKind.TERMINOLOGY, pair.linkIndex(), source, null,
                                null, t.index(), span, text, List.of(e.english()),
                                "\"" + text + "\" is a known wrong rendering of " + e.english()
                                        + (e.description().isEmpty() ? "" : " (" + e.description() + ")"),
                                e.id()));
                    }
                }
            }
        }
        return out;
    }

    private static boolean rightForSource(CheckContext context, List<GlossaryEntry> inSource, Sentence t, Span span) {
        for (GlossaryEntry e : inSource) {
            for (Span ok : context.glossaries().english(e).findAccepted(t.text())) {
                if (ok.overlaps(span)) {
                    return true;
                }
            }
        }
        return false;
    }
}
