package aligncheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.text.Language;
import aligncheck.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DynamicProgrammingAlignerTest {
    private final DynamicProgrammingAligner aligner = new DynamicProgrammingAligner();

    private static final String[] ZH = {
            "二〇一三年一月五日，代表团抵达北京。",
            "会议讨论了经济发展问题，并通过了十八项决定，其中包括关于教育和卫生的内容。",
            "他说：“我们必须努力工作。”",
            "为什么？",
            "国内生产总值增长了7.5%。",
    };
    private static final String[] EN = {
            "On January 5, 2013, the delegation arrived in Beijing.",
            "The meeting discussed issues of economic development.",
            "It adopted eighteen decisions, including ones on education and health.",
            "He said: \"We must work hard.\"",
            "Why?",
            "GDP grew by 7.5 percent.",
    };

    @Test
    void splitsOneSourceSentenceIntoTwoTargetSentences() {
        Alignment a = aligner.align(TestDocs.sentences(ZH), TestDocs.sentences(EN), AlignHints.none(Language.ZH));
        assertEquals(List.of("[0]:[0]", "[1]:[1,2]", "[2]:[3]", "[3]:[4]", "[4]:[5]"), TestDocs.formats(a));
    }

    @Test
    void untranslatedSentenceGetsANullLink() {
        String[] zh = {ZH[0], ZH[1], "这一段在译文中被删去了，因为译者认为它对英文读者没有意义，而且太长太啰嗦了。", ZH[2], ZH[4]};
        String[] en = {EN[0], EN[1] + " " + EN[2], EN[3], EN[5]};
        Alignment a = aligner.align(TestDocs.sentences(zh), TestDocs.sentences(en), AlignHints.none(Language.ZH));
        assertEquals(List.of("[0]:[0]", "[1]:[1]", "[2]:[]", "[3]:[2]", "[4]:[3]"), TestDocs.formats(a));
    }

    @Test
    void glossaryNamesAnchorLinks() {
        String[] zh = {"他说了一句话。", "孙悟空来了。", "他又说了一句话。"};
        String[] en = {"Monkey King came.", "He said something again."};
        AlignHints hints = new AlignHints(Language.ZH,
                List.of(new AlignHints.NamePair("孙悟空", List.of("Monkey King", "Sun Wukong"))));
        DynamicProgrammingAligner noLexicon = new DynamicProgrammingAligner(
                AlignerConfig.defaults().withLexicalWeight(0));
        Alignment a = noLexicon.align(TestDocs.sentences(zh), TestDocs.sentences(en), hints);
        assertEquals(List.of("[0]:[]", "[1]:[0]", "[2]:[1]"), TestDocs.formats(a));
        Alignment plain = noLexicon.align(TestDocs.sentences(zh), TestDocs.sentences(en), AlignHints.none(Language.ZH));
        assertTrue(!TestDocs.formats(plain).contains("[1]:[0]"), "lengths alone: " + TestDocs.formats(plain));
    }

    @Test
    void lexiconDecidesWhereALengthTieSplits() {
        // lengths alone tie between [0]:[0],[1]:[1,2] and [0]:[0,1],[1]:[2]; the shared words decide
        BilingualLexicon lexicon = BilingualLexicon.of(Map.of("经济", List.of("economy"), "人民", List.of("people"),
                "工厂", List.of("factory")));
        // filler pairs before make the three words rare in the document, as real words are
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            zh.add("字".repeat(10 + k) + "。");
            en.add("x".repeat((int) ((10 + k) * 3.43)) + ".");
        }
        zh.add("经济工厂" + "字".repeat(11) + "。");
        zh.add("人民" + "字".repeat(13) + "。");
        en.addAll(List.of("The economy and the factory grew a lot.", "The factory of the economy was big.",
                "The people of the land were happy yes."));
        DynamicProgrammingAligner withLexicon = new DynamicProgrammingAligner(AlignerConfig.defaults(),
                () -> lexicon);
        List<String> links = TestDocs.formats(withLexicon.align(TestDocs.sentences(zh.toArray(String[]::new)),
                TestDocs.sentences(en.toArray(String[]::new)), AlignHints.none(Language.ZH)));
        assertEquals(List.of("[8]:[8,9]", "[9]:[10]"), links.subList(8, 10));
        en.set(9, "The people of the land were many.");
        links = TestDocs.formats(withLexicon.align(TestDocs.sentences(zh.toArray(String[]::new)),
                TestDocs.sentences(en.toArray(String[]::new)), AlignHints.none(Language.ZH)));
        assertEquals(List.of("[8]:[8]", "[9]:[9,10]"), links.subList(8, 10));
    }

    @Test
    void maxBeadSizeIsRespected() {
        // one source sentence translated by six short target sentences: with max size 4 no link may exceed 4
        String[] zh = {"他站起来，走到窗前，看了看外面，又回到桌边坐下，拿起笔，开始写信，写了很久很久才写完。"};
        String[] en = {"He stood up.", "He went to the window.", "He looked out.", "He sat down at the desk again.",
                "He picked up the pen and began a letter.", "It took him a very long time to finish it."};
        DynamicProgrammingAligner small = new DynamicProgrammingAligner(AlignerConfig.defaults().withMaxBeadSize(4));
        Alignment a = small.align(TestDocs.sentences(zh), TestDocs.sentences(en), AlignHints.none(Language.ZH));
        for (Link l : a.links()) {
            assertTrue(l.source().size() + l.target().size() <= 4, l.format());
        }
        Alignment wide = aligner.align(TestDocs.sentences(zh), TestDocs.sentences(en), AlignHints.none(Language.ZH));
        assertEquals(List.of("[0]:[0,1,2,3,4,5]"), TestDocs.formats(wide));
    }

    @Test
    void paragraphBoundariesKeepLinksApart() {
        List<String> zh = List.of("他来了，坐下来，喝了一杯茶，然后说起他在乡下的日子。", "第二天下雨。");
        List<String> en = List.of("He came.", "He sat down, drank a cup of tea and talked about his days in the "
                + "country.", "It rained the next day.");
        Alignment flat = aligner.align(TestDocs.sentences(zh, new int[] {0, 1}),
                TestDocs.sentences(en, new int[] {0, 0, 1}), AlignHints.none(Language.ZH));
        assertEquals(List.of("[0]:[0,1]", "[1]:[2]"), TestDocs.formats(flat));
    }

    @Test
    void randomDocumentsGiveMonotoneCompleteAlignmentsWithConfidenceInRange() {
        Random rnd = new Random(7);
        for (int round = 0; round < 5; round++) {
            int n = 50 + rnd.nextInt(700);
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int len = 5 + rnd.nextInt(60);
                zh.add("字".repeat(len) + "。");
                int parts = rnd.nextInt(10) < 7 ? 1 : 2;
                for (int p = 0; p < parts; p++) {
                    en.add("x".repeat(Math.max(2, (int) (len * 3.4 / parts) + rnd.nextInt(9) - 4)) + ".");
                }
            }
            AlignerConfig config = AlignerConfig.defaults().withFullSearchCells(10_000);
            Alignment a = new DynamicProgrammingAligner(config).align(TestDocs.sentences(zh.toArray(String[]::new)),
                    TestDocs.sentences(en.toArray(String[]::new)), AlignHints.none(Language.ZH));
            assertCoversMonotonically(a, zh.size(), en.size(), config.maxBeadSize());
        }
    }

    @Test
    void concurrentCallsGiveTheSameAlignment() throws Exception {
        List<Sentence> zh = TestDocs.sentences(ZH);
        List<Sentence> en = TestDocs.sentences(EN);
        AlignHints hints = AlignHints.none(Language.ZH);
        List<String> expected = TestDocs.formats(aligner.align(zh, en, hints));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<String>>> runs = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                runs.add(pool.submit(() -> TestDocs.formats(aligner.align(zh, en, hints))));
            }
            for (java.util.concurrent.Future<List<String>> r : runs) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void beadSizeOutsideTheSupportedRangeIsRejected() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AlignerConfig.defaults().withMaxBeadSize(1));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AlignerConfig.defaults().withMaxBeadSize(17));
        Alignment a = new DynamicProgrammingAligner(AlignerConfig.defaults().withMaxBeadSize(16))
                .align(TestDocs.sentences(ZH), TestDocs.sentences(EN), AlignHints.none(Language.ZH));
        assertCoversMonotonically(a, ZH.length, EN.length, 16);
    }

    @Test
    void emptySidesAlignToNullLinks() {
        Alignment a = aligner.align(TestDocs.sentences("一。", "二。"), List.of(), AlignHints.none(Language.ZH));
        assertEquals(List.of("[0]:[]", "[1]:[]"), TestDocs.formats(a));
        assertEquals(List.of(), aligner.align(List.of(), List.of(), AlignHints.none(Language.JA)).links());
    }

    static void assertCoversMonotonically(Alignment a, int n, int m, int maxBead) {
        int nextSource = 0;
        int nextTarget = 0;
        for (Link l : a.links()) {
            for (int i : l.source()) {
                assertEquals(nextSource++, i, "source order at " + l.format());
            }
            for (int j : l.target()) {
                assertEquals(nextTarget++, j, "target order at " + l.format());
            }
            assertTrue(l.source().size() + l.target().size() <= maxBead, l.format());
            assertTrue(l.confidence() >= 0 && l.confidence() <= 1, "confidence " + l.confidence());
        }
        assertEquals(n, nextSource);
        assertEquals(m, nextTarget);
    }

    @Test
    void confidenceIsHighForAnchoredLinksAndLowerForAmbiguousOnes() {
        Alignment a = aligner.align(TestDocs.sentences(ZH), TestDocs.sentences(EN), AlignHints.none(Language.ZH));
        double anchored = a.links().get(0).confidence();
        assertTrue(anchored > 0.8, "anchored by 2013, 1, 5: " + a.links().get(0));
        // [0]:[0],[1]:[1,2] and [0]:[0,1],[1]:[2] cost the same: a tie
        List<Sentence> zh = TestDocs.sentences("字".repeat(15) + "。", "字".repeat(15) + "。");
        String e = "x".repeat(34) + ".";
        Alignment b = aligner.align(zh, TestDocs.sentences(e, e, e), AlignHints.none(Language.ZH));
        double min = b.links().stream().mapToDouble(Link::confidence).min().orElseThrow();
        assertTrue(min < 0.6, "ambiguous lengths should lower some confidence: " + b.links());
    }
}
