package aligncheck.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BilingualLexiconTest {
    private static final String CSV = String.join("\n",
            "word,phonetic,definition,translation,pos,collins,oxford,tag,bnc,frq,exchange,detail,audio",
            "government,x,\"n. the organization\",\"n. 政府, 内阁\\n[经] 政府, 政治\",,5,1,zk,124,201,s:governments,,",
            "governments,x,,n. 政府（复数）,,,,,0,0,0:government/1:s,,",
            "economic,x,,\"a. 经济的, 经济上的\\n[网络] 经济学\",,4,1,cet4,900,800,,,",
            "go,x,,\"v. 走；去\",,5,1,zk,30,40,p:went/d:gone,,",
            "went,x,,v. 走（go的过去式）,,,,,0,0,0:go/1:p,,",
            "he,x,,pron. 他,,5,1,zk,10,10,,,",
            "obscurity,x,,n. 晦涩,,,,,0,0,,,",
            "");

    @Test
    void invertsGlossesToLemmaIdsAndSkipsNoiseAndFunctionWords() throws Exception {
        BilingualLexicon lex = BilingualLexicon.fromEcdict(new StringReader(CSV));
        int gov = lex.englishId("government");
        assertTrue(gov >= 0);
        assertEquals(gov, lex.englishId("governments"), "inflected forms map to the lemma");
        assertEquals(lex.englishId("go"), lex.englishId("went"));
        assertArrayEquals(new int[] {gov}, lex.translations("政府"));
        assertArrayEquals(new int[] {lex.englishId("economic")}, lex.translations("经济"), "经济的 → 经济");
        assertNull(lex.translations("经济学"), "web glosses are dropped");
        assertNull(lex.translations("他"), "function words have no id");
        assertNull(lex.translations("晦涩"), "rare headwords are skipped");
        assertEquals(-1, lex.englishId("he"));
    }

    @Test
    void glossesDropPartOfSpeechAndBrackets() {
        assertEquals(List.of("走", "去"), BilingualLexicon.glosses("v. 走；去"));
        assertEquals(List.of("罩", "风帽", "面罩"), BilingualLexicon.glosses("n. 罩；风帽；（布质）面罩"));
    }

    @Test
    void csvRowsHandleQuotesCommasAndNewlines() throws Exception {
        CsvRows rows = new CsvRows(new StringReader("a,\"b,\"\"c\"\"\nd\",e\r\nf\n"));
        assertEquals(List.of("a", "b,\"c\"\nd", "e"), rows.next());
        assertEquals(List.of("f"), rows.next());
        assertNull(rows.next());
    }
}
