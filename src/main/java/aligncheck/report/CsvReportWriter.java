package aligncheck.report;

import aligncheck.check.Finding;
import aligncheck.pipeline.CheckResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CSV after RFC 4180: a header, then one record per finding; records end with CRLF; a field is quoted when it
 * holds a comma, a double quote, CR or LF, with double quotes doubled. A missing value (no target text, no
 * suggestion) is an empty field. Sentence indices are 0-based in the segmentation used, -1 when none; {@code line}
 * is 1-based, as in the text report. Combined, the records of all documents follow one header, and a pair that
 * could not be checked is a record with check {@code BAD_INPUT} and its reason as message.
 */
public final class CsvReportWriter implements ReportWriter {
    static final List<String> HEADER = List.of("file", "line", "severity", "check", "source_text", "target_text",
            "suggestion", "message", "link", "source_sentence", "target_sentence");

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        record(out, HEADER);
        rows(result, out);
        out.flush();
    }

    @Override
    public CombinedReport combined(Writer out) throws IOException {
        record(out, HEADER);
        return new CombinedReport() {
            @Override
            public void add(CheckResult result) throws IOException {
                rows(result, out);
                out.flush();
            }

            @Override
            public void addFailure(InputFailure failure) throws IOException {
                record(out, Arrays.asList(failure.file(), String.valueOf(failure.line()), "error",
                        TextReportWriter.BAD_INPUT, null, null, null, failure.reason(), "-1", "-1", "-1"));
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    private static void rows(CheckResult result, Writer out) throws IOException {
        for (Finding f : result.findings()) {
            FindingLocation loc = FindingLocation.of(result.document(), f);
            List<String> row = new ArrayList<>(HEADER.size());
            row.add(loc.file().displayName());
            row.add(String.valueOf(loc.line()));
            row.add(f.severity().label());
            row.add(f.checkId());
            row.add(f.sourceText());
            row.add(f.targetText());
            row.add(f.suggestion());
            row.add(f.message());
            row.add(String.valueOf(f.linkIndex()));
            row.add(String.valueOf(f.sourceSentence()));
            row.add(String.valueOf(f.targetSentence()));
            record(out, row);
        }
    }

    private static void record(Writer out, List<String> fields) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            field(b, fields.get(i));
        }
        b.append("\r\n");
        out.write(b.toString());
    }

    private static void field(StringBuilder b, String value) {
        if (value == null) {
            return;
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        if (!quote) {
            b.append(value);
            return;
        }
        b.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
