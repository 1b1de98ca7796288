package aligncheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import aligncheck.segment.Segmenters;
import aligncheck.text.Language;
import aligncheck.text.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowedAlignerTest {
    private static List<Sentence> repeated(Path file, Language lang, int copies) throws Exception {
        String one = Files.readString(file).strip() + "\n\n";
        return Segmenters.forLanguage(lang).split(one.repeat(copies));
    }

    /** A long text of repeated passages: windows must not shift whole passages (the gold alignment, repeated). */
    @Test
    void windowsGiveTheIntendedAlignmentOfARepeatedCorpus() throws Exception {
        Path dir = Path.of("corpora/zh-us-japan-tariffs");
        int copies = 9;
        List<Sentence> s = repeated(dir.resolve("source.zh.txt"), Language.ZH, copies);
        List<Sentence> t = repeated(dir.resolve("target.en.txt"), Language.EN, copies);
        List<String> gold = Files.readAllLines(dir.resolve("alignment.txt")).stream().filter(l -> !l.isBlank())
                .toList();
        assertEquals(40 * copies, s.size());
        assertEquals(37 * copies, t.size());
        DynamicProgrammingAligner dp = new DynamicProgrammingAligner();
        Alignment whole = dp.align(s, t, AlignHints.none(Language.ZH));
        Alignment windowed = new WindowedAligner(dp, 64).align(s, t, AlignHints.none(Language.ZH));
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        Aligner counting = (a, b, h) -> {
            calls.incrementAndGet();
            return dp.align(a, b, h);
        };
        Alignment parallel = new WindowedAligner(counting, 64, 3).align(s, t, AlignHints.none(Language.ZH));
        assertEquals(6, calls.get(), "six windows of 60 sentences at once, stitched (no fallback)");
        DynamicProgrammingAlignerTest.assertCoversMonotonically(windowed, s.size(), t.size(), 8);
        DynamicProgrammingAlignerTest.assertCoversMonotonically(parallel, s.size(), t.size(), 8);
        assertEquals(TestDocs.formats(whole), TestDocs.formats(windowed));
        assertEquals(TestDocs.formats(whole), TestDocs.formats(parallel));
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            for (String g : gold) {
                Link l = Link.parse(g);
                int ks = 40 * k;
                int kt = 37 * k;
                expected.add(new Link(l.source().stream().map(i -> i + ks).toList(),
                        l.target().stream().map(j -> j + kt).toList()).format());
            }
        }
        int same = 0;
        for (int i = 0; i < expected.size(); i++) {
            same += expected.get(i).equals(TestDocs.formats(windowed).get(i)) ? 1 : 0;
        }
        assertEquals(expected.size(), TestDocs.formats(windowed).size());
        assertEquals(expected.size(), same, "links as intended");
    }

    @Test
    void shortDocumentsAreAlignedWhole() {
        List<Sentence> s = TestDocs.sentences("一。", "二。");
        List<Sentence> t = TestDocs.sentences("One.", "Two.");
        Aligner inner = (a, b, h) -> new Alignment(List.of(new Link(List.of(0, 1), List.of(0, 1))));
        assertEquals(List.of("[0,1]:[0,1]"), TestDocs.formats(new WindowedAligner(inner, 8).align(s, t,
                AlignHints.none(Language.ZH))));
    }
}
