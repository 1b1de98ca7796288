package aligncheck.segment;

import aligncheck.text.Sentence;
import java.util.List;

/**
 * Splits a whole document text into sentences. Implementations are thread-safe.
 *
 * <p>Each returned {@link Sentence} carries its exact span in the given text; sentences never cross a paragraph
 * boundary, and white space between sentences belongs to none.
 */
public interface SentenceSplitter {
    List<Sentence> split(String text);
}
