package aligncheck.review;

/** One side of an aligned pair: the original (source) or the translation (target). */
public enum Side { SOURCE, TARGET }
