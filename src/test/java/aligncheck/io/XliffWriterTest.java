package aligncheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.align.AlignedDocument;
import aligncheck.check.Finding;
import aligncheck.check.IssueKind;
import aligncheck.check.Severity;
import aligncheck.pipeline.CheckResult;
import aligncheck.text.Language;
import aligncheck.text.Span;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.MTag;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Tag;
import net.sf.okapi.lib.xliff2.core.TagType;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.its.LocQualityIssue;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** XLIFF 2.0 export, validated against the OASIS schema and read back by Okapi's XLIFF 2 library. */
class XliffWriterTest {
    @TempDir
    Path dir;

    record Lqi(String marked, String type, String comment, double severity) {
    }

    record OkapiUnit(String id, String name, String source, String target, List<String> notes,
                     List<String> categories, List<Lqi> issues) {
    }

    record OkapiFile(List<String> fileNotes, List<OkapiUnit> units) {
    }

    /** Reads with maximal validation (schemas and the library's own processing requirements). */
    static OkapiFile readWithOkapi(Path xlf) {
        List<OkapiUnit> units = new ArrayList<>();
        List<String> fileNotes = new ArrayList<>();
        try (XLIFFReader r = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            r.open(xlf.toFile());
            while (r.hasNext()) {
                Event e = r.next();
                if (e.isMidFile() && e.getMidFileData().getNoteCount() > 0) {
                    e.getMidFileData().getNotes().forEach(n -> fileNotes.add(n.getText()));
                }
                if (!e.isUnit()) {
                    continue;
                }
                Unit u = e.getUnit();
                assertEquals(1, u.getSegmentCount(), "one segment per unit");
                Segment s = u.getSegment(0);
                List<String> notes = new ArrayList<>();
                List<String> categories = new ArrayList<>();
                if (u.getNoteCount() > 0) {
                    for (Note n : u.getNotes()) {
                        notes.add(n.getText());
                        categories.add(n.getCategory());
                    }
                }
                List<Lqi> issues = new ArrayList<>();
                String target = s.hasTarget() ? plainWithIssues(s.getTarget(), issues) : null;
                units.add(new OkapiUnit(u.getId(), u.getName(), s.getSource().getPlainText(), target, notes,
                        categories, issues));
            }
        }
        return new OkapiFile(fileNotes, units);
    }

    /** The fragment's text; each ITS issue marker with the text it spans, in the order the markers open. */
    private static String plainWithIssues(Fragment f, List<Lqi> issues) {
        StringBuilder b = new StringBuilder();
        Map<String, Integer> starts = new HashMap<>();
        Map<String, MTag> opened = new HashMap<>();
        List<String> order = new ArrayList<>();
        Map<String, String> marked = new HashMap<>();
        for (Object o : f) {
            if (o instanceof String str) {
                b.append(str);
            } else if (o instanceof MTag m) {
                if (m.getTagType() == TagType.OPENING) {
                    starts.put(m.getId(), b.length());
                    opened.put(m.getId(), m);
                    order.add(m.getId());
                } else {
                    marked.put(m.getId(), b.substring(starts.get(m.getId())));
                }
            } else if (o instanceof Tag t) {
                throw new AssertionError("unexpected tag " + t);
            }
        }
        for (String id : order) {
            MTag m = opened.get(id);
            assertEquals("its:any", m.getType());
            LocQualityIssue lqi = (LocQualityIssue) m.getITSItems().get(LocQualityIssue.class);
            assertNotNull(lqi, "ITS issue on marker " + id);
            issues.add(new Lqi(marked.get(id), lqi.getType(), lqi.getComment(), lqi.getSeverity()));
        }
        return b.toString();
    }

    /** Validates against the XLIFF 2.0 core schema shipped in Okapi's XLIFF 2 library, with the JDK's validator. */
    static void validateAgainstSchema(Path xlf) throws Exception {
        URL xsd = XLIFFReader.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        assertNotNull(xsd);
        SchemaFactory sf = SchemaFactory.newDefaultInstance();
        sf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
        sf.newSchema(xsd).newValidator().validate(new StreamSource(xlf.toFile()));
    }

    @TestFactory
    Stream<DynamicTest> corporaValidateAndOkapiReadsUnitsTextsNotesAndIssues() {
        return ExportFixtures.corpora().stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> {
            CheckResult r = ExportFixtures.checked(d);
            AlignedDocument doc = r.document();
            Path xlf = dir.resolve(d.getFileName() + ".xlf");
            new XliffWriter().write(doc, r.findings(), xlf);
            validateAgainstSchema(xlf);
            OkapiFile file = readWithOkapi(xlf);
            List<ExportText.LinkText> links = ExportText.links(doc, r.findings());
            assertEquals(links.size(), file.units().size(), "one unit per link");
            int issues = 0;
            for (int k = 0; k < links.size(); k++) {
                ExportText.LinkText l = links.get(k);
                OkapiUnit u = file.units().get(k);
                assertEquals(Integer.toString(k), u.id());
                assertEquals(l.link().format(), u.name());
                assertEquals(l.source().text(), u.source());
                assertEquals(l.target().isEmpty() ? null : l.target().text(), u.target());
                assertEquals(l.findings().stream().map(f -> f.checkId() + ": " + f.message()).toList(), u.notes());
                assertEquals(l.findings().stream().map(Finding::checkId).toList(), u.categories());
                List<Lqi> expected = l.findings().stream().filter(f -> f.targetSpan() != null)
                        .map(f -> new Lqi(f.targetText(), f.kind().itsType(), f.message(),
                                f.severity() == Severity.ERROR ? 100 : 50))
                        .toList();
                assertEquals(expected, u.issues(), "ITS issues of unit " + k);
                issues += u.issues().size();
            }
            assertTrue(issues > 0, "the corpus has findings in the English");
        }));
    }

    @Test
    void emptySidesNestedAndCrossingIssuesAndControlCharacters() throws Exception {
        String tgt = "Defense Secretary Hagel\u000C arrived.\r\nIt rained.\n\nAdded sentence.\n";
        AlignedDocument doc = ExportFixtures.doc(Language.ZH, "国防部长赫格塞思抵达。\n\n下雨了。\n",
                List.of("国防部长赫格塞思抵达。", "下雨了。"), tgt,
                List.of("Defense Secretary Hagel\u000C arrived.", "It rained.", "Added sentence."),
                "[0]:[0,1]", "[1]:[]", "[]:[2]");
        Finding outer = finding(0, new Span(0, 23), "Defense Secretary Hagel", IssueKind.TERMINOLOGY, 0);
        Finding inner = finding(0, new Span(18, 23), "Hagel", IssueKind.MISTRANSLATION, 0);
        Finding crossing = finding(0, new Span(18, 30), "Hagel\u000C arriv", IssueKind.OMISSION, 0);
        Finding second = finding(1, new Span(3, 9), "rained", IssueKind.NUMBERS, 0);
        Finding unlinked = finding(2, new Span(0, 5), "Added", IssueKind.INCONSISTENCY, -1);
        Path xlf = dir.resolve("a.xlf");
        new XliffWriter().write(doc, List.of(outer, inner, crossing, second, unlinked), xlf);
        validateAgainstSchema(xlf);
        OkapiFile file = readWithOkapi(xlf);
        assertEquals(List.of("X: unlinked"), file.fileNotes());
        List<OkapiUnit> units = file.units();
        assertEquals(3, units.size());
        OkapiUnit u0 = units.get(0);
        assertEquals("Defense Secretary Hagel\u000C arrived.\r\nIt rained.", u0.target());
        assertEquals(List.of(new Lqi("Defense Secretary Hagel", "terminology", "m", 100),
                new Lqi("Hagel", "mistranslation", "m", 100), new Lqi("rained", "numbers", "m", 100)), u0.issues());
        assertEquals(4, u0.notes().size(), "the crossing issue is a note");
        assertEquals("下雨了。", units.get(1).source());
        assertNull(units.get(1).target());
        assertEquals(List.of(ExportText.SOURCE_ONLY), units.get(1).notes());
        assertEquals("", units.get(2).source());
        assertEquals("Added sentence.", units.get(2).target());
        assertEquals(List.of(ExportText.TARGET_ONLY), units.get(2).notes());
    }

    private static Finding finding(int sentence, Span span, String text, IssueKind kind, int link) {
        return new Finding(link < 0 ? "X" : "C" + kind.ordinal(), Severity.ERROR, kind, link, 0, null, null, sentence,
                span, text, List.of(), link < 0 ? "unlinked" : "m", null);
    }
}
