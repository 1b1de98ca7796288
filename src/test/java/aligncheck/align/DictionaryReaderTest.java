package aligncheck.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.io.InputException;
import aligncheck.text.Language;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryReaderTest {
    /** A two-word ECDICT: the English vocabulary the dictionaries extend. */
    private static final String ECDICT = String.join("\n",
            "word,phonetic,definition,translation,pos,collins,oxford,tag,bnc,frq,exchange,detail,audio",
            "innovation,x,,n. 革新；创新,,4,1,cet6,3000,2500,s:innovations,,",
            "innovations,x,,n. 革新（复数）,,,,,0,0,0:innovation/1:s,,",
            "reform,x,,n. 改革,,5,1,cet4,900,800,s:reforms/d:reformed,,",
            "reformed,x,,v. 改革（过去式）,,,,,0,0,0:reform/1:d,,",
            "");

    private static final String EDICT = String.join("\n",
            "　？？？ /EDICT, EDICT_SUB(P), EDICT2 Japanese-English Electronic Dictionary Files/Created: 2021-02-03/",
            "革新 [かくしん] /(n,vs) (1) reform/innovations/(2) (something) new and improved/(P)/",
            "相応しい [ふさわしい] /(adj-i) (uk) appropriate/suitable/(P)/",
            "テンポ /(n) (music) tempo (ita:)/(P)/",
            "革新派 [かくしんは] /(n) reformist faction/",
            "４° [しど] /",
            "");

    private static BilingualLexicon ecdict() throws Exception {
        return BilingualLexicon.fromEcdict(new StringReader(ECDICT));
    }

    private static Path write(Path dir, String name, String text, Charset charset) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    @Test
    void readsEucJpEdictWithEcdictsLemmaIds(@TempDir Path dir) throws Exception {
        BilingualLexicon base = ecdict();
        DictionaryReader.Dictionary d = new DictionaryReader(base, DictionaryReader.Entries.ALL)
                .read(write(dir, "edict", EDICT, Charset.forName("EUC-JP")));
        assertEquals(Language.JA, d.language());
        assertEquals(5, d.entries(), "the header line is not an entry");
        BilingualLexicon lex = d.lexicon();
        int innovation = base.englishId("innovation");
        assertTrue(innovation >= 0);
        assertEquals(innovation, lex.tokenId("innovations"), "ECDICT's id, reached from the inflected form");
        assertEquals(innovation, lex.tokenId("innovation"));
        assertEquals(base.englishId("reform"), lex.tokenId("reformed"));
        int[] kakushin = lex.translations("革新");
        assertNotNull(kakushin);
        assertTrue(Arrays.binarySearch(kakushin, innovation) >= 0);
        assertTrue(Arrays.binarySearch(kakushin, base.englishId("reform")) >= 0);
        assertEquals(2, kakushin.length, "markers (n,vs) (1) (2) (P) dropped, and the glosses of several words");
        int tempo = lex.tokenId("tempo");
        assertTrue(tempo >= base.idLimit(), "a word ECDICT lacks gets a new id past ECDICT's");
        assertArrayEquals(new int[] {tempo}, lex.translations("テンポ"), "(music) and (ita:) are dropped");
        assertNotNull(lex.translations("ふさわしい"), "a (uk) entry is found by its reading too");
        assertNull(lex.translations("かくしん"), "readings of other entries are not");
        assertNull(lex.translations("４°"), "an entry without glosses has no translation");
    }

    @Test
    void commonEntriesOnly(@TempDir Path dir) throws Exception {
        BilingualLexicon lex = new DictionaryReader(ecdict(), DictionaryReader.Entries.COMMON)
                .read(write(dir, "edict", EDICT, StandardCharsets.UTF_8)).lexicon();
        assertNotNull(lex.translations("革新"));
        assertNull(lex.translations("革新派"), "not marked (P)");
    }

    @Test
    void readsCedictWithBothScripts(@TempDir Path dir) throws Exception {
        String cedict = String.join("\n",
                "# CC-CEDICT",
                "#! version=1",
                "革新 革新 [ge2 xin1] /innovation/to innovate/",
                "傳統 传统 [chuan2 tong3] /tradition/traditional/",
                "個 个 [ge4] /individual/CL:個|个[ge4]/",
                "");
        BilingualLexicon base = ecdict();
        DictionaryReader.Dictionary d = new DictionaryReader(base, DictionaryReader.Entries.COMMON)
                .read(write(dir, "cedict_ts.u8", cedict, StandardCharsets.UTF_8));
        assertEquals(Language.ZH, d.language());
        assertEquals(3, d.entries());
        BilingualLexicon lex = d.lexicon();
        assertArrayEquals(lex.translations("傳統"), lex.translations("传统"));
        assertNotNull(lex.translations("传统"));
        assertArrayEquals(new int[] {base.englishId("innovation"), lex.tokenId("innovate")},
                lex.translations("革新"));
        assertArrayEquals(new int[] {lex.tokenId("individual")}, lex.translations("个"), "CL: glosses dropped");
    }

    @Test
    void malformedLineNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path file = write(dir, "bad.edict", "革新 [かくしん] /(n) innovation/(P)/\n革新 かくしん innovation\n",
                StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class,
                () -> new DictionaryReader(ecdict(), DictionaryReader.Entries.ALL).read(file));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith(file + ":2: not an EDICT entry"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void neitherUtf8NorEucJpIsAnError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("binary");
        Files.write(file, new byte[] {(byte) 0x8f, (byte) 0xff, (byte) 0xff, 0x0a});
        InputException e = assertThrows(InputException.class,
                () -> new DictionaryReader(ecdict(), DictionaryReader.Entries.ALL).read(file));
        assertTrue(e.getMessage().contains("neither UTF-8 nor EUC-JP"), e.getMessage());
        assertThrows(InputException.class, () -> new DictionaryReader(ecdict(), DictionaryReader.Entries.ALL)
                .read(dir.resolve("missing")));
    }
}
