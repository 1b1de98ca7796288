package aligncheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.text.Language;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;

class JapaneseWordsTest {
    private static final String EDICT = String.join("\n",
            "革新 [かくしん] /(n,vs) reform/innovation/(P)/",
            "技術 [ぎじゅつ] /(n) technology/technique/(P)/",
            "進める [すすめる] /(v1,vt) (1) to advance/to promote/(P)/",
            "社会主義 [しゃかいしゅぎ] /(n) socialism/(P)/",
            "社会 [しゃかい] /(n) society/(P)/",
            "");

    private static BilingualLexicon edict() throws Exception {
        return new DictionaryReader(BilingualLexicon.of(Map.of()), DictionaryReader.Entries.ALL)
                .parse(Path.of("edict"), EDICT).lexicon();
    }

    @Test
    void findsContentWordsByBaseFormAndCompoundsWhole() throws Exception {
        BilingualLexicon ja = edict();
        BilingualLexicon han = BilingualLexicon.of(Map.of("主义", List.of("doctrine")));
        int[][] items = JapaneseWords.items("技術の革新を進めた。社会主義を堅持する。", ja, han);
        assertEquals(4, items.length, "技術, 革新, 進める (base form of 進め), 社会主義 (社会 + 主義 whole)");
        assertEquals(ja.tokenId("socialism"), items[3][0]);
    }

    @Test
    void matcherLinksKakushinToInnovation() throws Exception {
        BilingualLexicon ja = edict();
        Lexicons lexicons = Lexicons.of(() -> ja).withJapanese(ja);
        LexicalMatcher m = lexicons.matcher(Language.JA,
                TestDocs.sentences("技術の革新を進める。", "社会主義を堅持する。"),
                TestDocs.sentences("We promote innovation in technology.", "We uphold socialism."), 1.0);
        assertEquals(3, m.sourceItemCount(0));
        assertEquals(0b010, m.sourceMask(0, 0) & 0b010, "革新 ↔ innovation");
        assertEquals(0b111, m.sourceMask(0, 0), "技術 ↔ technology, 進める ↔ promote too");
        assertEquals(0, m.sourceMask(0, 1));
        assertEquals(1, m.sourceMask(1, 1));
    }
}
