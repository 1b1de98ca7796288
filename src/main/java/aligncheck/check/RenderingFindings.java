package aligncheck.check;

import java.util.List;

/** Builds the finding for a wrong rendering, shared by the name and title checks. */
final class RenderingFindings {
    private RenderingFindings() {
    }

    static Finding wrong(String id, IssueKind kind, NameRendering r) {
        String message = r.sourceText() + " rendered \"" + r.targetText() + "\", expected \"" + r.suggestion()
                + "\" (" + r.entryLabel() + ")";
        return new Finding(id, Severity.ERROR, kind, r.linkIndex(), r.sourceSentence(), r.sourceSpan(),
                r.sourceText(), r.targetSentence(), r.targetSpan(), r.targetText(), List.of(r.suggestion()), message,
                r.entry().id());
    }
}
