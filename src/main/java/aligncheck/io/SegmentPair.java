package aligncheck.io;

/**
 * One aligned pair of a bilingual file (a TMX tu, an XLIFF segment or trans-unit) before it becomes a link.
 *
 * @param source     the source text as extracted (inline codes dropped), or null when the pair has none
 * @param sourceLine 1-based line in the file where the source text begins (0 when there is no source)
 * @param target     the English text as extracted, or null when the pair has none
 * @param targetLine 1-based line in the file where the English text begins (0 when there is no English)
 */
record SegmentPair(String source, int sourceLine, String target, int targetLine) {
}
