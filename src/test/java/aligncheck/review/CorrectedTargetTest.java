package aligncheck.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import aligncheck.align.AlignedDocument;
import aligncheck.glossary.ShippedGlossaries;
import aligncheck.pipeline.Pipeline;
import aligncheck.text.LoadedText;
import aligncheck.text.Sentence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorrectedTargetTest {
    static final String SOURCE = "美国国防部长赫格塞思周二抵达东京。他会见了日本防卫大臣。\r\n\r\n双方讨论了关税问题。\r\n";
    static final String TARGET = "U.S. Defense Secretary Hagel arrived in Tokyo on Tuesday.  He met the Japanese\r\n"
            + "defense minister.\r\n\r\nThe two sides discussed tariffs.\r\n";

    static AlignedDocument doc() throws Exception {
        Pipeline p = new Pipeline(Pipeline.Options.defaults(), ShippedGlossaries.load());
        return p.align(new LoadedText(Path.of("s.zh.txt"), SOURCE, StandardCharsets.UTF_8),
                new LoadedText(Path.of("t.en.txt"), TARGET, StandardCharsets.UTF_8));
    }

    @Test
    void noCorrectionIsTheSameDocument() throws Exception {
        AlignedDocument d = doc();
        assertSame(d, CorrectedTarget.none().applyTo(d));
    }

    @Test
    void replacesOnlyTheSentenceAndKeepsTheLayoutBetweenSentences() throws Exception {
        AlignedDocument d = doc();
        assertEquals(3, d.target().size());
        AlignedDocument c = new CorrectedTarget(Map.of(0, " U.S. Defense Secretary Hegseth arrived in Tokyo on Tuesday. "))
                .applyTo(d);
        assertEquals(TARGET.replace("Hagel", "Hegseth"), c.targetText().text());
        for (Sentence s : c.target()) {
            assertEquals(s.text(), s.span().of(c.targetText().text()));
        }
        assertEquals("U.S. Defense Secretary Hegseth arrived in Tokyo on Tuesday.", c.target().get(0).text());
        assertEquals(d.target().get(1).text(), c.target().get(1).text());
        assertEquals(d.alignment(), c.alignment());
        assertSame(d.source(), c.source());
        assertEquals(d.targetText().path(), c.targetText().path());
    }

    @Test
    void linesFollowLineBreaksAddedOrRemoved() throws Exception {
        AlignedDocument d = doc();
        assertEquals(4, d.target().get(2).line());
        AlignedDocument joined = CorrectedTarget.none().with(1, "He met the Japanese defense minister.").applyTo(d);
        assertEquals(3, joined.target().get(2).line());
        assertEquals(joined.targetText().lineOf(joined.target().get(2).span().start()), joined.target().get(2).line());
        AlignedDocument split = CorrectedTarget.none().with(0, "U.S. Defense Secretary\nHegseth arrived.").applyTo(d);
        assertEquals(2, split.target().get(1).line());
        assertEquals(5, split.target().get(2).line());
    }

    @Test
    void rejectsUnknownSentencesAndMissingTexts() throws Exception {
        AlignedDocument d = doc();
        assertThrows(IllegalArgumentException.class, () -> CorrectedTarget.none().with(3, "x").applyTo(d));
        assertThrows(IllegalArgumentException.class, () -> CorrectedTarget.none().with(-1, "x"));
        java.util.Map<Integer, String> m = new java.util.HashMap<>();
        m.put(0, null);
        assertThrows(IllegalArgumentException.class, () -> new CorrectedTarget(m));
    }
}
