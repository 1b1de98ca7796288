package aligncheck.align;

import aligncheck.text.Sentence;
import java.util.List;

/** Aligns source sentences with target sentences. Implementations are thread-safe. */
public interface Aligner {
    Alignment align(List<Sentence> source, List<Sentence> target, AlignHints hints);
}
