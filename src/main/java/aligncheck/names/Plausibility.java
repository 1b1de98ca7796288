package aligncheck.names;

/**
 * How plausible an English spelling is as the rendering of a source name's sound.
 *
 * @param score       in [0,1]: 1 for a spelling that follows the usual correspondences exactly
 * @param reading     the source reading that fits the spelling best (romanized parts joined by '·')
 * @param extraWords  the spelling has more words than a Japanese name has parts ("Akira Tadashi Akazawa" for
 *                    赤沢亮正): a given name read as two names
 */
public record Plausibility(double score, String reading, boolean extraWords) {
    public Plausibility {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score out of [0,1]: " + score);
        }
    }

    static final Plausibility NONE = new Plausibility(0, "", false);

    Plausibility max(Plausibility o) {
        return o.score > score ? o : this;
    }
}
