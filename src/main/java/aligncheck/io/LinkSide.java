package aligncheck.io;

import aligncheck.text.LoadedText;
import aligncheck.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of an alignment link as one piece of text, as the export formats carry it: the sentences in order with
 * the original white space between consecutive sentences (so a two-sentence side reads as in the document, line
 * breaks included), or a single space between sentences that are not neighbours in the document.
 *
 * @param text      the side's text; empty when the side has no sentence
 * @param sentences the sentences of the side, in order
 * @param offsets   where each sentence starts in {@code text}, parallel to {@code sentences}
 */
record LinkSide(String text, List<Sentence> sentences, List<Integer> offsets) {
    LinkSide {
        sentences = List.copyOf(sentences);
        offsets = List.copyOf(offsets);
    }

    static LinkSide of(LoadedText document, List<Sentence> all, List<Integer> indices) {
        StringBuilder b = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>(indices.size());
        List<Integer> offsets = new ArrayList<>(indices.size());
        Sentence previous = null;
        for (int i : indices) {
            Sentence s = all.get(i);
            if (previous != null) {
                boolean neighbours = s.index() == previous.index() + 1 && previous.span().end() <= s.span().start();
                b.append(neighbours ? document.text().substring(previous.span().end(), s.span().start()) : " ");
            }
            offsets.add(b.length());
            b.append(s.text());
            sentences.add(s);
            previous = s;
        }
        return new LinkSide(b.toString(), sentences, offsets);
    }

    boolean isEmpty() {
        return sentences.isEmpty();
    }

    /** Where sentence {@code sentenceIndex} (a document index) starts in {@link #text()}, or -1 if not on this side. */
    int offsetOf(int sentenceIndex) {
        for (int k = 0; k < sentences.size(); k++) {
            if (sentences.get(k).index() == sentenceIndex) {
                return offsets.get(k);
            }
        }
        return -1;
    }
}
