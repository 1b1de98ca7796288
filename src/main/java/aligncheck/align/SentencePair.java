package aligncheck.align;

import aligncheck.text.Sentence;
import java.util.List;

/** The sentences of one link, with the link's position in the alignment. */
public record SentencePair(int linkIndex, Link link, List<Sentence> source, List<Sentence> target) {
    public SentencePair {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }
}
