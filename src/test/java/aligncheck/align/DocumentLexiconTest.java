package aligncheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import aligncheck.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentLexiconTest {
    @Test
    void termsAndWordsThatShareLinksBecomeTranslations() {
        List<String> ja = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        String[][] pairs = {{"改革を進める。", "We push reform."}, {"開放を続ける。", "We keep opening up."},
                {"改革と開放。", "Reform and opening up."}, {"改革が大切だ。", "Reform matters."},
                {"経済が伸びる。", "The economy grows."}, {"経済と改革。", "Economy and reform."}};
        for (int k = 0; k < pairs.length; k++) {
            ja.add(pairs[k][0]);
            en.add(pairs[k][1]);
            links.add(new Link(List.of(k), List.of(k)));
        }
        // unrelated links, so that 改革/reform (in 4 links) are not among the too common words
        String[] fillerJa = {"猫。", "犬。", "鳥。", "魚。", "山。", "川。", "空。", "海。", "花。", "木。"};
        String[] fillerEn = {"Cat.", "Dog.", "Bird.", "Fish.", "Mountain.", "River.", "Sky.", "Sea.", "Flower.",
                "Tree."};
        for (int k = 0; k < fillerJa.length; k++) {
            links.add(new Link(List.of(ja.size()), List.of(en.size())));
            ja.add(fillerJa[k]);
            en.add(fillerEn[k]);
        }
        List<Sentence> src = TestDocs.sentences(ja.toArray(String[]::new));
        List<Sentence> tgt = TestDocs.sentences(en.toArray(String[]::new));
        LexicalMatcher m = DocumentLexicon.learn(src, tgt, links, 1.0);
        // 改革 (sentence 0) ↔ reform (sentence 3), not found in "The economy grows."
        assertNotEquals(0L, m.sourceMask(0, 3));
        assertEquals(0L, m.sourceMask(0, 4));
        assertNotEquals(0L, m.targetMask(4, 5), "economy ↔ 経済");
    }

    @Test
    void termsAreCjkBigramsAndWordsAreContentStems() {
        assertEquals(List.of("改革", "革を", "を進", "進め", "める"), DocumentLexicon.sourceTerms("改革を進める。"));
        assertEquals(List.of("economy", "grow", "country"),
                DocumentLexicon.targetWords("The economy grows in the countries."));
    }

    @Test
    void combinedMatchersKeepTheirVocabulariesApart() {
        LexicalMatcher a = new LexicalMatcher(new int[][][] {{{0}}}, new int[][] {{1}}, 1.0);
        LexicalMatcher b = new LexicalMatcher(new int[][][] {{{1}}}, new int[][] {{1}}, 0.5);
        LexicalMatcher both = a.plus(b);
        // a alone: id 0 is not in the target; b's id 1 matches b's target word only
        assertEquals(0b10L, both.sourceMask(0, 0));
        assertEquals(0b10L, both.targetMask(0, 0));
        assertEquals(0.5, both.sourceWeights()[0][1]);
    }
}
