package aligncheck.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.align.AlignedDocument;
import aligncheck.check.Finding;
import aligncheck.glossary.ShippedGlossaries;
import aligncheck.pipeline.CheckResult;
import aligncheck.pipeline.Pipeline;
import aligncheck.review.CorrectedTarget;
import aligncheck.text.Sentence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class TargetTextWriterTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> unchangedCorpusGivesTheTargetFileBackByteForByte() {
        return ExportFixtures.corpora().stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> {
            CheckResult r = ExportFixtures.checked(d);
            Path out = dir.resolve(d.getFileName() + ".txt");
            new TargetTextWriter().write(CorrectedTarget.none().applyTo(r.document()), r.findings(), out);
            assertArrayEquals(Files.readAllBytes(ExportFixtures.target(d)), Files.readAllBytes(out));
        }));
    }

    @Test
    void crLfIndentedAndBlankLineLayoutComesBackByteForByte() throws Exception {
        Path src = Files.writeString(dir.resolve("s.zh.txt"), "\r\n  美国国防部长赫格塞思周二抵达东京。他会见了日本防卫大臣。\r\n\r\n\r\n双方讨论了关税问题。");
        String english = "\r\n  U.S. Defense Secretary Hagel arrived in Tokyo on Tuesday.  He met the Japanese\r\n"
                + "defense minister.\r\n\r\n\r\n\tThe two sides discussed tariffs.   \r\n\r\n";
        Path tgt = Files.write(dir.resolve("t.en.txt"), english.getBytes(StandardCharsets.UTF_8));
        AlignedDocument doc = new Pipeline(Pipeline.Options.defaults(), ShippedGlossaries.load()).align(src, tgt);
        Path out = dir.resolve("out.txt");
        new TargetTextWriter().write(doc, List.of(), out);
        assertArrayEquals(Files.readAllBytes(tgt), Files.readAllBytes(out));
    }

    /** Every finding's suggestion put in place of its span, right to left within a sentence. */
    static CorrectedTarget acceptAll(AlignedDocument doc, List<Finding> findings) {
        Map<Integer, List<Finding>> bySentence = findings.stream()
                .filter(f -> f.targetSpan() != null && f.suggestion() != null)
                .collect(Collectors.groupingBy(Finding::targetSentence, TreeMap::new, Collectors.toList()));
        Map<Integer, String> texts = new TreeMap<>();
        bySentence.forEach((i, fs) -> {
            StringBuilder b = new StringBuilder(doc.target().get(i).text());
            fs.stream().sorted(Comparator.comparingInt((Finding f) -> f.targetSpan().start()).reversed())
                    .forEach(f -> b.replace(f.targetSpan().start(), f.targetSpan().end(), f.suggestion()));
            texts.put(i, b.toString());
        });
        return new CorrectedTarget(texts);
    }

    @TestFactory
    Stream<DynamicTest> acceptingTheSuggestionsChangesOnlyTheirSpansAndClearsTheirFindings() {
        return ExportFixtures.corpora().stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> {
            CheckResult r = ExportFixtures.checked(d);
            CorrectedTarget fix = acceptAll(r.document(), r.findings());
            assertFalse(fix.texts().isEmpty());
            AlignedDocument corrected = fix.applyTo(r.document());
            Path out = dir.resolve(d.getFileName() + ".txt");
            new TargetTextWriter().write(corrected, List.of(), out);
            String original = Files.readString(ExportFixtures.target(d));
            String expected = original;
            for (Sentence s : r.document().target().stream().sorted(
                    Comparator.comparingInt((Sentence s) -> s.span().start()).reversed()).toList()) {
                expected = expected.substring(0, s.span().start()) + fix.texts().getOrDefault(s.index(), s.text())
                        + expected.substring(s.span().end());
            }
            assertEquals(expected, Files.readString(out));
            assertEquals(original.lines().count(), Files.readString(out).lines().count(), "same line layout");
            Pipeline pipeline = new Pipeline(Pipeline.Options.defaults(), ShippedGlossaries.load());
            List<Finding> after = pipeline.check(corrected).findings();
            for (Finding f : r.findings()) {
                if (f.targetSpan() != null && f.suggestion() != null) {
                    assertTrue(after.stream().noneMatch(a -> a.checkId().equals(f.checkId())
                            && f.targetText().equals(a.targetText())), "still there: " + f.message());
                }
            }
            assertTrue(after.size() < r.findings().size(), after.toString());
        }));
    }
}
