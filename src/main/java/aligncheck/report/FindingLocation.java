package aligncheck.report;

import aligncheck.align.AlignedDocument;
import aligncheck.check.Finding;
import aligncheck.text.LoadedText;
import aligncheck.text.Sentence;
import aligncheck.text.Span;

/**
 * Where a finding points in a file: the target file and line of its target span (or of its target sentence
 * when it has no span), else the source file and line.
 *
 * @param line 1-based
 */
public record FindingLocation(LoadedText file, int line) {
    public static FindingLocation of(AlignedDocument doc, Finding f) {
        if (f.targetSentence() >= 0) {
            return new FindingLocation(doc.targetText(), lineOf(doc.target().get(f.targetSentence()), f.targetSpan()));
        }
        if (f.sourceSentence() >= 0) {
            return new FindingLocation(doc.sourceText(), lineOf(doc.source().get(f.sourceSentence()), f.sourceSpan()));
        }
        return new FindingLocation(doc.targetText(), 1);
    }

    private static int lineOf(Sentence s, Span span) {
        int line = s.line();
        if (span != null) {
            String t = s.text();
            for (int i = 0; i < span.start(); i++) {
                char c = t.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= t.length() || t.charAt(i + 1) != '\n')) {
                    line++;
                }
            }
        }
        return line;
    }

    public String display() {
        return file.displayName() + ":" + line;
    }
}
