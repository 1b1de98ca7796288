package aligncheck.review;

import aligncheck.align.AlignedDocument;
import aligncheck.text.LoadedText;
import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Edited texts of target sentences, by 0-based target sentence index: what a reviewer changed in a translation.
 * Sentences not named keep their text; the alignment never changes (a correction cannot add a sentence to a link
 * with an empty target side).
 *
 * <p>{@link #applyTo(AlignedDocument)} gives the corrected document: its target text is the original target text
 * with each corrected sentence's span replaced by the new text, and everything between sentences (white space,
 * line breaks, blank lines) kept, so that exporting it keeps the paragraph layout of the original; the sentence
 * spans are moved accordingly, and sentence lines are shifted by the line breaks a correction adds or removes.
 *
 * @param texts replacement texts by target sentence index; stripped of surrounding white space as sentence texts
 *              are (an empty text empties the sentence)
 */
public record CorrectedTarget(Map<Integer, String> texts) {
    public CorrectedTarget {
        TreeMap<Integer, String> copy = new TreeMap<>();
        texts.forEach((index, text) -> {
            if (index == null || index < 0) {
                throw new IllegalArgumentException("bad target sentence index " + index);
            }
            if (text == null) {
                throw new IllegalArgumentException("no text for target sentence " + index);
            }
            copy.put(index, text.strip());
        });
        texts = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /** No correction: {@link #applyTo} gives the document unchanged. */
    public static CorrectedTarget none() {
        return new CorrectedTarget(Map.of());
    }

    /** This correction plus target sentence {@code index} now reading {@code text}. */
    public CorrectedTarget with(int index, String text) {
        TreeMap<Integer, String> m = new TreeMap<>(texts);
        m.put(index, text);
        return new CorrectedTarget(m);
    }

    /**
     * The document with the corrected target sentences.
     *
     * @throws IllegalArgumentException if an index names no target sentence of {@code doc}
     */
    public AlignedDocument applyTo(AlignedDocument doc) {
        if (texts.isEmpty()) {
            return doc;
        }
        List<Sentence> old = doc.target();
        int last = java.util.Collections.max(texts.keySet());
        if (last >= old.size()) {
            throw new IllegalArgumentException("target sentence " + last + " does not exist; there are " + old.size());
        }
        String original = doc.targetText().text();
        StringBuilder text = new StringBuilder(original.length());
        List<Sentence> sentences = new ArrayList<>(old.size());
        int copied = 0;
        int addedLines = 0;
        for (Sentence s : old) {
            text.append(original, copied, s.span().start());
            String t = texts.getOrDefault(s.index(), s.text());
            int start = text.length();
            text.append(t);
            sentences.add(new Sentence(s.index(), t, new Span(start, text.length()), s.paragraph(),
                    s.line() + addedLines));
            addedLines += lineBreaks(t) - lineBreaks(s.text());
            copied = s.span().end();
        }
        text.append(original, copied, original.length());
        LoadedText tt = doc.targetText();
        return new AlignedDocument(doc.sourceText(), new LoadedText(tt.path(), text.toString(), tt.charset()),
                doc.sourceLanguage(), doc.source(), sentences, doc.alignment());
    }

    /** Line ends in {@code s}, counted as {@link LoadedText#lineOf(int)} counts them. */
    private static int lineBreaks(String s) {
        return new LoadedText(null, s, null).lineOf(s.length()) - 1;
    }
}
