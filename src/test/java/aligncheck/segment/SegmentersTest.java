package aligncheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import aligncheck.text.Language;
import org.junit.jupiter.api.Test;

class SegmentersTest {

    @Test
    void eachLanguageGetsItsSplitter() {
        assertEquals(Language.ZH, assertInstanceOf(ChineseJapaneseSplitter.class, Segmenters.forLanguage(Language.ZH)).language());
        assertEquals(Language.JA, assertInstanceOf(ChineseJapaneseSplitter.class, Segmenters.forLanguage(Language.JA)).language());
        assertInstanceOf(EnglishSplitter.class, Segmenters.forLanguage(Language.EN));
        assertInstanceOf(LineSplitter.class, Segmenters.lines());
    }

    @Test
    void splittersAreSharedInstances() {
        assertSame(Segmenters.forLanguage(Language.EN), Segmenters.forLanguage(Language.EN));
    }

    @Test
    void detectedLanguageAndFactoryWorkTogether() {
        String japanese = "石破茂首相は8日、記者団に「なめられてたまるか」と語った。関税交渉は難航している。";
        assertEquals(2, Segmenters.forLanguage(LanguageDetector.detectSource(japanese)).split(japanese).size());
    }
}
