package aligncheck.names;

/**
 * One sound of a romanized source name, as the symbol an English spelling is compared with.
 *
 * <p>Symbols are lower-case ASCII letters plus four digraph symbols: {@code S} (sh), {@code C} (ch), {@code J}
 * (j, dzh) and {@code T} (th, English side only).
 *
 * @param symbol   the sound
 * @param dropCost what it costs when the English spelling leaves it out: small for the vowels transliteration
 *                 adds after a consonant (the e of 特 te, the u of ス su), large for consonants
 */
public record Phone(char symbol, double dropCost) {
    public Phone {
        if (dropCost < 0) {
            throw new IllegalArgumentException("negative drop cost");
        }
    }

    public boolean isVowel() {
        return isVowel(symbol);
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
