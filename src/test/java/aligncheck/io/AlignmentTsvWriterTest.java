package aligncheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import aligncheck.align.AlignedDocument;
import aligncheck.align.Link;
import aligncheck.pipeline.CheckResult;
import aligncheck.text.Language;
import aligncheck.text.Sentence;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class AlignmentTsvWriterTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> oneLinePerLinkWithBothSides() {
        return ExportFixtures.corpora().stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> {
            CheckResult r = ExportFixtures.checked(d);
            AlignedDocument doc = r.document();
            Path out = dir.resolve("a.tsv");
            new AlignmentTsvWriter().write(doc, r.findings(), out);
            List<String> lines = Files.readAllLines(out);
            assertEquals(AlignmentTsvWriter.HEADER, lines.get(0));
            List<Link> links = doc.alignment().links();
            assertEquals(links.size() + 1, lines.size());
            for (int k = 0; k < links.size(); k++) {
                String[] cols = lines.get(k + 1).split("\t", -1);
                assertEquals(3, cols.length, lines.get(k + 1));
                Link l = links.get(k);
                assertEquals(l.format(), cols[0]);
                assertEquals(span(doc.sourceText().text(), doc.source(), l.source()), cols[1]);
                assertEquals(span(doc.targetText().text(), doc.target(), l.target()), cols[2]);
                assertEquals(Link.parse(cols[0]), new Link(l.source(), l.target()));
            }
        }));
    }

    /** The document text from the side's first sentence to its last, on one line. */
    private static String span(String text, List<Sentence> sentences, List<Integer> side) {
        if (side.isEmpty()) {
            return "";
        }
        return text.substring(sentences.get(side.get(0)).span().start(),
                sentences.get(side.get(side.size() - 1)).span().end()).replaceAll("[\\t\\r\\n]+", " ");
    }

    @Test
    void tabsAndLineBreaksBecomeSpacesAndEmptySidesEmptyCells() throws Exception {
        AlignedDocument doc = ExportFixtures.doc(Language.JA, "一。\n二。\n", List.of("一。", "二。"),
                "One\tsentence\r\nwrapped.  Two.\n", List.of("One\tsentence\r\nwrapped.", "Two."), "[0]:[0,1]",
                "[1]:[]");
        StringWriter w = new StringWriter();
        new AlignmentTsvWriter().write(doc, List.of(), w);
        assertEquals("link\tsource\ttarget\n[0]:[0,1]\t一。\tOne sentence wrapped.  Two.\n[1]:[]\t二。\t\n",
                w.toString());
    }
}
