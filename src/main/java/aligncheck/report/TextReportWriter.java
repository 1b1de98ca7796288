package aligncheck.report;

import aligncheck.check.Finding;
import aligncheck.pipeline.CheckResult;
import java.io.PrintWriter;

/** One line per finding: {@code target.en.txt:12: error NAME_MISTRANSLATED 赫格塞思 rendered "Hagel", …}. */
public final class TextReportWriter {
    public void write(CheckResult result, PrintWriter out) {
        for (Finding f : result.findings()) {
            out.println(line(result, f));
        }
        out.flush();
    }

    public static String line(CheckResult result, Finding f) {
        return FindingLocation.of(result.document(), f).display() + ": " + f.severity().label() + " " + f.checkId()
                + " " + f.message();
    }
}
