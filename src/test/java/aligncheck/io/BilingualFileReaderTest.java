package aligncheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.align.AlignedDocument;
import aligncheck.align.Link;
import aligncheck.pipeline.CheckResult;
import aligncheck.text.Language;
import aligncheck.text.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Bilingual files as input: hand-written TMX, XLIFF 2.0 and 1.2, and what is wrong with bad ones. */
class BilingualFileReaderTest {
    static final Path DIR = Path.of("src/test/resources/aligncheck/io/bilingual");

    @TempDir
    Path dir;

    static List<String> texts(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).toList();
    }

    static List<String> links(AlignedDocument d) {
        return d.alignment().links().stream().map(Link::format).toList();
    }

    /** Each sentence's line in the file holds the start of its text. */
    static void linesPointIntoTheFile(Path file, List<Sentence> sentences) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (Sentence s : sentences) {
            String first = s.text().lines().findFirst().orElseThrow();
            String head = first.substring(0, Math.min(4, first.length()));
            assertTrue(lines.get(s.line() - 1).contains(head), s.line() + ": " + lines.get(s.line() - 1) + " / " + head);
        }
    }

    @Test
    void tmxSidesByLanguageWithCodesDroppedAndEmptySides() throws Exception {
        Path f = DIR.resolve("mixed.tmx");
        AlignedDocument d = BilingualFileReader.read(f, null);
        assertEquals(Language.ZH, d.sourceLanguage());
        assertEquals(List.of("赫格塞思周二抵达。", "他会见了岩屋毅。"), texts(d.source()));
        assertEquals(List.of("Defense Secretary Hagel arrived on Tuesday.", "An added sentence."), texts(d.target()));
        assertEquals(List.of("[0]:[0]", "[1]:[]", "[]:[1]"), links(d), "the tu with blank sides is skipped");
        assertTrue(d.alignment().links().stream().allMatch(l -> l.confidence() == 1.0));
        assertEquals("赫格塞思周二抵达。\n他会见了岩屋毅。\n", d.sourceText().text());
        assertEquals(f, d.sourceText().path());
        assertEquals(f, d.targetText().path());
        for (Sentence s : d.target()) {
            assertEquals(s.text(), s.span().of(d.targetText().text()));
        }
        assertEquals(List.of(8, 12), d.source().stream().map(Sentence::line).toList());
        assertEquals(List.of(9, 20), d.target().stream().map(Sentence::line).toList());
        linesPointIntoTheFile(f, d.target());
    }

    @Test
    void xliff20SegmentsOfUnitsInGroupsAreLinks() throws Exception {
        Path f = DIR.resolve("groups.xlf");
        AlignedDocument d = BilingualFileReader.read(f, null);
        assertEquals(Language.JA, d.sourceLanguage());
        assertEquals(List.of("石破茂首相は8日に述べた。", "岩屋毅外相も出席した。", "翻訳されていない文。"), texts(d.source()));
        assertEquals(List.of("Prime Minister Shigeru Ishiba said on the 8th.",
                "Foreign Minister Takeshi Iwaya\u000C also attended."), texts(d.target()));
        assertEquals(List.of("[0]:[0]", "[1]:[1]", "[2]:[]"), links(d));
        linesPointIntoTheFile(f, d.source());
        linesPointIntoTheFile(f, d.target());
    }

    @Test
    void xliff12TransUnitsOfAllFiles() throws Exception {
        Path f = DIR.resolve("v12.xliff");
        AlignedDocument d = BilingualFileReader.read(f, null);
        assertEquals(Language.ZH, d.sourceLanguage());
        assertEquals(List.of("美国财政部长贝森特表示。", "没有译文。", "特朗普发表讲话。"), texts(d.source()));
        assertEquals(List.of("U.S. Treasury Secretary Bensons said so.", "Trump spoke."), texts(d.target()));
        assertEquals(List.of("[0]:[0]", "[1]:[]", "[2]:[1]"), links(d));
        linesPointIntoTheFile(f, d.source());
    }

    /** The links of an exported document as a bilingual file gives them back: one sentence per non-empty side. */
    static List<String> asRead(AlignedDocument d) {
        List<String> out = new java.util.ArrayList<>();
        int s = 0;
        int t = 0;
        for (Link l : d.alignment().links()) {
            out.add((l.source().isEmpty() ? "[]" : "[" + s++ + "]") + ":" + (l.target().isEmpty() ? "[]" : "[" + t++ + "]"));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> exportedCorporaReadBackLinkForLink() {
        return ExportFixtures.corpora().stream().flatMap(c -> Stream.of(new TmxWriter(), new XliffWriter())
                .map(w -> DynamicTest.dynamicTest(c.getFileName() + " " + w.getClass().getSimpleName(), () -> {
                    CheckResult r = ExportFixtures.checked(c);
                    Path f = dir.resolve(c.getFileName() + (w instanceof TmxWriter ? ".tmx" : ".xlf"));
                    w.write(r.document(), r.findings(), f);
                    AlignedDocument back = BilingualFileReader.read(f, null);
                    assertEquals(r.document().sourceLanguage(), back.sourceLanguage());
                    assertEquals(asRead(r.document()), links(back));
                    List<ExportText.LinkText> sides = ExportText.links(r.document(), List.of());
                    assertEquals(sides.stream().map(l -> l.source().text()).filter(x -> !x.isEmpty()).toList(),
                            texts(back.source()));
                    assertEquals(sides.stream().map(l -> l.target().text()).filter(x -> !x.isEmpty()).toList(),
                            texts(back.target()));
                    linesPointIntoTheFile(f, back.source());
                    linesPointIntoTheFile(f, back.target());
                })));
    }

    @Test
    void carriageReturnsAndControlCharactersSurviveXliff() throws Exception {
        AlignedDocument doc = ExportFixtures.doc(Language.ZH, "一。二。\n", List.of("一。", "二。"),
                "One\r\nwrapped\u000C.  Two.\n", List.of("One\r\nwrapped\u000C.", "Two."), "[0,1]:[0,1]");
        Path f = dir.resolve("cr.xlf");
        new XliffWriter().write(doc, List.of(), f);
        assertEquals(List.of("One\r\nwrapped\u000C.  Two."), texts(BilingualFileReader.read(f, null).target()));
        assertEquals(List.of("一。二。"), texts(BilingualFileReader.read(f, null).source()));
    }

    @Test
    void forcedLanguageWins() throws Exception {
        assertEquals(Language.JA, BilingualFileReader.read(DIR.resolve("mixed.tmx"), Language.JA).sourceLanguage());
    }

    @Test
    void bilingualFilesAreNamedTmxXlfOrXliff() {
        assertTrue(BilingualFileReader.isBilingualFile(Path.of("a/b.TMX")));
        assertTrue(BilingualFileReader.isBilingualFile(Path.of("b.xlf")));
        assertTrue(BilingualFileReader.isBilingualFile(Path.of("b.xliff")));
        assertFalse(BilingualFileReader.isBilingualFile(Path.of("b.txt")));
        assertFalse(BilingualFileReader.isBilingualFile(Path.of("tmx")));
    }

    private InputException refused(String name, String content) throws Exception {
        Path f = Files.writeString(dir.resolve(name), content);
        return assertThrows(InputException.class, () -> BilingualFileReader.read(f, null));
    }

    @Test
    void malformedXmlNamesFileLineAndColumn() throws Exception {
        InputException e = refused("bad.tmx", "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n  <body><tu>\n"
                + "    <tuv xml:lang=\"en\"><seg>text</tuv>\n</body></tmx>\n");
        assertEquals(4, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().matches(".*bad\\.tmx:4:\\d+: .*\"seg\".*"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void structuralProblemsAreOneLineEach() throws Exception {
        String head = "<?xml version=\"1.0\"?>\n";
        assertEquals(dir.resolve("a.xml") + ":2: not a TMX or XLIFF file: the root element is <html>",
                refused("a.xml", head + "<html></html>").getMessage());
        assertTrue(refused("en.xlf", head + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\""
                + " srcLang=\"en-US\" trgLang=\"zh-CN\"><file id=\"f\"/></xliff>").getMessage()
                .endsWith(":2: srcLang \"en-US\" is not Chinese or Japanese: aligncheck checks English translations"
                        + " of Chinese or Japanese originals"));
        assertTrue(refused("fr.xlf", head + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\""
                + " srcLang=\"zh\" trgLang=\"fr\"><file id=\"f\"/></xliff>").getMessage()
                .endsWith(": trgLang \"fr\" is not English"));
        InputException noSeg = refused("noseg.tmx", head + "<tmx version=\"1.4\"><header srclang=\"zh\"/><body>\n"
                + "<tu><tuv xml:lang=\"zh\"><seg>一。</seg></tuv>\n<tuv xml:lang=\"en\"></tuv></tu></body></tmx>");
        assertEquals(dir.resolve("noseg.tmx") + ":4:20: <tuv> without <seg>", noSeg.getMessage());
        assertTrue(refused("empty.tmx", head + "<tmx version=\"1.4\"><header srclang=\"zh\"/><body/></tmx>")
                .getMessage().endsWith("empty.tmx: holds no text to check (no translation unit with text)"));
        assertTrue(refused("noen.tmx", head + "<tmx version=\"1.4\"><header srclang=\"zh\"/><body>"
                + "<tu><tuv xml:lang=\"zh\"><seg>一。</seg></tuv><tuv xml:lang=\"de\"><seg>Eins.</seg></tuv></tu>"
                + "</body></tmx>").getMessage().endsWith(": no English <tuv> (xml:lang en…) in any <tu>"));
        assertEquals(dir.resolve("missing.tmx") + ": no such file", assertThrows(InputException.class,
                () -> BilingualFileReader.read(dir.resolve("missing.tmx"), null)).getMessage());
    }
}
