package aligncheck.names;

import com.atilika.kuromoji.ipadic.Token;
import com.atilika.kuromoji.ipadic.Tokenizer;
import java.util.List;

/** Kuromoji (IPADIC) morphological analysis of Japanese, loaded once on first use. Thread-safe. */
final class JapaneseTokens {
    private JapaneseTokens() {
    }

    private static final class Holder {
        static final Tokenizer TOKENIZER = new Tokenizer();
    }

    static List<Token> of(String text) {
        return Holder.TOKENIZER.tokenize(text);
    }

    static boolean isSurname(Token t) {
        return "人名".equals(t.getPartOfSpeechLevel3()) && "姓".equals(t.getPartOfSpeechLevel4());
    }

    static boolean isGivenName(Token t) {
        return "人名".equals(t.getPartOfSpeechLevel3()) && "名".equals(t.getPartOfSpeechLevel4());
    }

    static boolean isProperNoun(Token t) {
        return "固有名詞".equals(t.getPartOfSpeechLevel2());
    }

    static boolean isPlace(Token t) {
        return isProperNoun(t) && "地域".equals(t.getPartOfSpeechLevel3());
    }

    /** The reading in katakana, or null when Kuromoji has none (unknown words). */
    static String reading(Token t) {
        String r = t.getReading();
        return r == null || r.equals("*") ? null : r;
    }
}
