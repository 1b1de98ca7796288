package aligncheck.align;

/**
 * The kinds of anchor keys {@link AnchorExtractor} produces, by key prefix, with the bonus (in nats, the unit of
 * bead costs) that one matched anchor of the kind earns a bead. Strong anchors (numbers, Latin tokens, names)
 * rarely match by chance; punctuation often does, so it only tips close decisions.
 */
enum AnchorKind {
    NUMBER("n:", 2.5, Signal.NUMBERS),
    LATIN("w:", 2.5, Signal.LATIN_TOKENS),
    NAME("name:", 3.0, Signal.NAMES),
    PINYIN("py:", 2.0, Signal.NAMES),
    QUESTION("p:?", 0.8, Signal.PUNCTUATION),
    EXCLAMATION("p:!", 0.5, Signal.PUNCTUATION),
    /**
     * A quotation opening or closing in both: in narrative text nearly every line of dialogue keeps its quotation
     * marks; measured on mac-dev-zhen (exact F1): 0.839 with one quote key of 0.3 per sentence, 0.844 with opening
     * and closing keys of 0.3 (apostrophes as quotes included), 0.851 at 0.6, 0.857 at 1.0, 0.858 at 1.5.
     */
    QUOTE("p:q", 1.0, Signal.PUNCTUATION);

    static final String QUOTE_OPEN = "p:q<";
    static final String QUOTE_CLOSE = "p:q>";

    private final String prefix;
    private final double bonus;
    private final Signal signal;

    AnchorKind(String prefix, double bonus, Signal signal) {
        this.prefix = prefix;
        this.bonus = bonus;
        this.signal = signal;
    }

    /** The signal this kind of anchor belongs to. */
    Signal signal() {
        return signal;
    }

    double bonus() {
        return bonus;
    }

    static AnchorKind of(String key) {
        for (AnchorKind k : values()) {
            if (key.startsWith(k.prefix)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not an anchor key: " + key);
    }
}
