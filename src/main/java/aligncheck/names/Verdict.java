package aligncheck.names;

/**
 * What {@link RenderingJudge} makes of a rendering.
 *
 * @param confidence in [0,1]: for DOUBTFUL and IMPLAUSIBLE, how sure the judge is that the rendering is wrong;
 *                   0 otherwise
 * @param reason     one short clause for messages ("sounds like he-ge-sai-si? no"), empty when plausible
 */
public record Verdict(Kind kind, double confidence, String reason) {
    /** PLAUSIBLE: the sound fits. DOUBTFUL / IMPLAUSIBLE: it fits badly / not at all. UNJUDGED: cannot tell. */
    public enum Kind { PLAUSIBLE, DOUBTFUL, IMPLAUSIBLE, UNJUDGED }

    public Verdict {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    public boolean suspect() {
        return kind == Kind.DOUBTFUL || kind == Kind.IMPLAUSIBLE;
    }
}
