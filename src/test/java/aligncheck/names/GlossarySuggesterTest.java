package aligncheck.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.align.AlignedDocument;
import aligncheck.check.CheckContext;
import aligncheck.glossary.EntryType;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.ShippedGlossaries;
import aligncheck.names.GlossarySuggester.Suggestion;
import aligncheck.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Suggestions from a pair with three unlisted names rendered right and one rendered as another person. */
class GlossarySuggesterTest {
    static final Path PAIR = Path.of("src/test/resources/aligncheck/names/suggest");

    private static GlossarySuggester.Result suggest(Pipeline p, AlignedDocument doc) {
        return new GlossarySuggester(p.glossaries(), new RenderingJudge(CheckContext.scorer()))
                .suggest(new CheckContext(doc, p.glossaries()).nameLinks());
    }

    @Test
    void suggestsThePlausibleNamesOnceEachAndNotTheImplausibleOne() throws Exception {
        Pipeline p = new Pipeline(Pipeline.Options.defaults(), ShippedGlossaries.load());
        AlignedDocument doc = p.align(PAIR.resolve("source.zh.txt"), PAIR.resolve("target.en.txt"));
        GlossarySuggester.Result r = suggest(p, doc);
        assertEquals(List.of("佩德罗·桑切斯 Pedro Sanchez pedro-sanchez 0/0", "埃尔多安 Erdogan erdogan 2/2",
                        "梅洛尼 Meloni meloni 4/4"),
                r.suggestions().stream().map(s -> s.sourceForm() + " " + s.english() + " " + s.proposedId() + " "
                        + s.sourceSentence() + "/" + s.targetSentence()).toList(),
                "哈维尔·米莱 rendered \"Jair Bolsonaro\" is implausible and not suggested");
        for (Suggestion s : r.suggestions()) {
            assertTrue(s.confidence() >= NameLinker.PAIRED && s.confidence() <= 1, s.toString());
            assertEquals(EntryType.PERSON, s.type());
        }
        GlossaryEntry sanchez = r.suggestions().get(0).toEntry(doc);
        assertEquals(List.of("佩德罗·桑切斯", "桑切斯"), sanchez.zhHans(), "the surname alone the text uses too");
        assertEquals(List.of(), sanchez.zhHant());
        assertEquals(List.of(), sanchez.ja());
        assertEquals(List.of("Sanchez"), sanchez.variants());
        assertEquals("suggested from target.en.txt", sanchez.description());
        assertEquals(List.of(), r.suggestions().get(1).toEntry(doc).variants(), "one word: no surname variant");
    }

    @Test
    void theShippedCorporaHaveNoUnlistedNameButTwoShortFormsOfListedOnes() throws Exception {
        Pipeline p = new Pipeline(Pipeline.Options.defaults(), ShippedGlossaries.load());
        Path c = Path.of("corpora/ja-japan-us-talks");
        GlossarySuggester.Result ja = suggest(p, p.align(c.resolve("source.ja.txt"), c.resolve("target.en.txt")));
        assertEquals(List.of(), ja.suggestions());
        assertEquals(List.of("シャングリラ shangri-la-dialogue", "中谷 gen-nakatani"), ja.skipped().stream()
                .map(s -> s.sourceForm() + " " + s.reason().replaceAll(".*entry \"([a-z-]+)\".*", "$1")).toList());
        Path z = Path.of("corpora/zh-us-japan-tariffs");
        GlossarySuggester.Result zh = suggest(p, p.align(z.resolve("source.zh.txt"), z.resolve("target.en.txt")));
        assertEquals(List.of(), zh.suggestions());
    }

    @Test
    void aTieBetweenTwoRenderingsIsSkippedAndTheMajorityWinsOtherwise() throws Exception {
        Pipeline p = new Pipeline(Pipeline.Options.defaults(), ShippedGlossaries.load());
        Path dir = java.nio.file.Files.createTempDirectory("suggest");
        Path src = java.nio.file.Files.writeString(dir.resolve("s.txt"),
                "梅洛尼周一抵达罗马。\n梅洛尼表示欢迎。\n埃尔多安周二发表讲话。\n埃尔多安说会谈有益。\n埃尔多安随后离开。\n");
        Path tgt = java.nio.file.Files.writeString(dir.resolve("t.txt"),
                "Meloni arrived in Rome on Monday.\nMelloni said she welcomed it.\nErdogan spoke on Tuesday.\n"
                        + "Erdoan said the talks were useful.\nErdogan then left.\n");
        GlossarySuggester.Result r = suggest(p, p.align(src, tgt));
        assertEquals(List.of("Erdogan"), r.suggestions().stream().map(Suggestion::english).toList());
        assertEquals(2, r.suggestions().get(0).sourceSentence(), "the first place of the majority form");
        assertEquals(List.of("梅洛尼"), r.skipped().stream().map(GlossarySuggester.Skipped::sourceForm).toList());
        assertTrue(r.skipped().get(0).reason().contains("\"Meloni\", \"Melloni\""), r.skipped().toString());
    }

    @Test
    void idsAreUniqueAgainstTakenOnes() {
        assertEquals("pedro-sanchez", GlossarySuggester.uniqueId("Pedro Sánchez", Set.of()));
        assertEquals("pete-hegseth-2", GlossarySuggester.uniqueId("Pete Hegseth", Set.of("pete-hegseth")));
        assertEquals("o-neill-3", GlossarySuggester.uniqueId("O'Neill", Set.of("o-neill", "o-neill-2")));
    }
}
