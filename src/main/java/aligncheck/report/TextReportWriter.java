package aligncheck.report;

import aligncheck.check.Finding;
import aligncheck.pipeline.CheckResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * One line per finding: {@code target.en.txt:12: error NAME_MISTRANSLATED 赫格塞思 rendered "Hagel", …}. Combined,
 * the documents' lines follow each other, and a pair that could not be checked is one line
 * {@code file:line: error BAD_INPUT reason}.
 */
public final class TextReportWriter implements ReportWriter {
    public static final String BAD_INPUT = "BAD_INPUT";

    public void write(CheckResult result, PrintWriter out) {
        for (Finding f : result.findings()) {
            out.println(line(result, f));
        }
        out.flush();
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        for (Finding f : result.findings()) {
            out.write(line(result, f));
            out.write(System.lineSeparator());
        }
        out.flush();
    }

    @Override
    public CombinedReport combined(Writer out) {
        return new CombinedReport() {
            @Override
            public void add(CheckResult result) throws IOException {
                write(result, out);
            }

            @Override
            public void addFailure(InputFailure failure) throws IOException {
                String at = failure.line() > 0 ? failure.file() + ":" + failure.line() : failure.file();
                out.write(at + ": error " + BAD_INPUT + " " + failure.reason() + System.lineSeparator());
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    public static String line(CheckResult result, Finding f) {
        return FindingLocation.of(result.document(), f).display() + ": " + f.severity().label() + " " + f.checkId()
                + " " + f.message();
    }
}
