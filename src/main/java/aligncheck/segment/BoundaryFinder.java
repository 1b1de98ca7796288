package aligncheck.segment;

import java.util.SortedSet;

/** Finds the sentence boundaries inside one paragraph. */
@FunctionalInterface
interface BoundaryFinder {
    /**
     * Cut points in {@code paragraph}: each is an offset {@code 0 < cut < paragraph.length()} where one sentence
     * ends and the next begins (white space on either side of a cut is trimmed later, so a cut may sit anywhere in
     * the white space between two sentences).
     *
     * @param paragraph the paragraph text with its line breaks joined over (see {@link JoinedParagraph}); cuts
     *                  are offsets into this text
     */
    SortedSet<Integer> cuts(String paragraph);
}
