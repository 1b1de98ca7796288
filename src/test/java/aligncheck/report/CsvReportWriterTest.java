package aligncheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.check.Finding;
import aligncheck.pipeline.CheckResult;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportWriterTest {
    @TempDir
    Path dir;

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void oneRecordPerFindingWithItsFieldsOnTheCorpora() throws Exception {
        for (CheckResult r : ShippedCorpora.results()) {
            String csv = ShippedCorpora.write(new CsvReportWriter(), r);
            assertTrue(csv.startsWith(String.join(",", CsvReportWriter.HEADER) + "\r\n"), csv);
            List<CSVRecord> rows = parse(csv);
            assertEquals(r.findings().size(), rows.size());
            assertFalse(rows.isEmpty());
            for (int i = 0; i < rows.size(); i++) {
                Finding f = r.findings().get(i);
                CSVRecord row = rows.get(i);
                assertEquals(r.document().targetText().displayName(), row.get("file"));
                assertEquals(String.valueOf(FindingLocation.of(r.document(), f).line()), row.get("line"));
                assertEquals(f.severity().label(), row.get("severity"));
                assertEquals(f.checkId(), row.get("check"));
                assertEquals(nz(f.sourceText()), row.get("source_text"));
                assertEquals(nz(f.targetText()), row.get("target_text"));
                assertEquals(nz(f.suggestion()), row.get("suggestion"));
                assertEquals(f.message(), row.get("message"));
                assertEquals(String.valueOf(f.sourceSentence()), row.get("source_sentence"));
                assertEquals(String.valueOf(f.targetSentence()), row.get("target_sentence"));
            }
        }
    }

    @Test
    void quotesCommasAndMarkupSurviveARealParse() throws Exception {
        CheckResult r = ShippedCorpora.hostile(dir);
        assertFalse(r.findings().isEmpty());
        List<CSVRecord> rows = parse(ShippedCorpora.write(new CsvReportWriter(), r));
        assertEquals(r.findings().get(0).message(), rows.get(0).get("message"));
        assertTrue(rows.get(0).get("message").contains("\"Hagel\""), rows.get(0).get("message"));
    }

    @Test
    void combinedHasOneHeaderAndAFailureRecord() throws Exception {
        List<CheckResult> rs = ShippedCorpora.results();
        String csv = ShippedCorpora.combined(new CsvReportWriter(), rs,
                List.of(new InputFailure("a.zh.txt", "a.en.txt", "a.en.txt", 3, "cannot decode, as UTF-8")));
        List<CSVRecord> rows = parse(csv);
        int findings = rs.stream().mapToInt(x -> x.findings().size()).sum();
        assertEquals(findings + 1, rows.size());
        CSVRecord last = rows.get(rows.size() - 1);
        assertEquals("BAD_INPUT", last.get("check"));
        assertEquals("3", last.get("line"));
        assertEquals("cannot decode, as UTF-8", last.get("message"));
        assertEquals(rs.get(0).document().targetText().displayName(), rows.get(0).get("file"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
