package aligncheck.names;

import aligncheck.text.Span;

/**
 * A source name and the English words in the aligned target that render it, or none.
 *
 * @param targetSentence the target sentence of the rendering, or -1 when none was found
 * @param targetSpan     its span in that sentence's text, or null
 * @param english        its text, or null
 * @param plausibility   how well the English fits the name's sound ({@link Plausibility#score()} 0 when none)
 * @param rivals         how many other unexplained English name candidates the link had when this one was picked
 *                       for a name with no plausible rendering (0 when the pairing was by sound)
 */
public record NameLink(int linkIndex, int sourceSentence, SourceName name, int targetSentence, Span targetSpan,
                       String english, Plausibility plausibility, int rivals) {
    public boolean hasRendering() {
        return english != null;
    }
}
