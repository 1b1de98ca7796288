package aligncheck.report;

import aligncheck.align.AlignedDocument;
import aligncheck.align.Link;
import aligncheck.check.Finding;
import aligncheck.check.Severity;
import aligncheck.pipeline.CheckResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * JUnit XML as Jenkins and GitLab read it: {@code <testsuites>} with one {@code <testsuite>} per document pair
 * (named after the English file) and one {@code <testcase>} per alignment link. A link with findings at or above
 * the threshold has one {@code <failure message type>}: the message is the first such finding's text line, the
 * type its check id, the body all of them, one per line; findings below the threshold go to the test case's
 * {@code <system-out>}. A pair that could not be checked is a suite with one test case in {@code <error>}. Counts
 * ({@code tests}, {@code failures}, {@code errors}, {@code skipped}) are on every suite and on the root.
 */
public final class JunitReportWriter implements ReportWriter {
    private final Severity failAt;

    /** @param failAt the least severity that fails a test case, or null when nothing fails */
    public JunitReportWriter(Severity failAt) {
        this.failAt = failAt;
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        try (CombinedReport r = report(out, Spill.inMemory())) {
            r.add(result);
        }
    }

    @Override
    public CombinedReport combined(Writer out) throws IOException {
        return report(out, Spill.onDisk());
    }

    private CombinedReport report(Writer out, Spill body) {
        return new CombinedReport() {
            private int tests;
            private int failures;
            private int errors;

            @Override
            public void add(CheckResult result) throws IOException {
                Writer w = body.writer();
                AlignedDocument doc = result.document();
                String name = doc.targetText().displayName();
                String className = className(name);
                List<List<Finding>> byLink = new ArrayList<>();
                for (int i = 0; i < doc.alignment().links().size(); i++) {
                    byLink.add(new ArrayList<>());
                }
                List<Finding> unlinked = new ArrayList<>();
                for (Finding f : result.findings()) {
                    (f.linkIndex() >= 0 && f.linkIndex() < byLink.size() ? byLink.get(f.linkIndex()) : unlinked).add(f);
                }
                int suiteFailures = 0;
                StringBuilder cases = new StringBuilder();
                List<Link> links = doc.alignment().links();
                for (int k = 0; k < links.size(); k++) {
                    if (testCase(cases, result, className, name, caseName(doc, k), byLink.get(k))) {
                        suiteFailures++;
                    }
                }
                int suiteTests = links.size();
                if (!unlinked.isEmpty()) {
                    suiteTests++;
                    if (testCase(cases, result, className, name, "document", unlinked)) {
                        suiteFailures++;
                    }
                }
                w.write("  <testsuite name=\"" + attr(name) + "\" tests=\"" + suiteTests + "\" failures=\""
                        + suiteFailures + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
                w.write(cases.toString());
                w.write("  </testsuite>\n");
                tests += suiteTests;
                failures += suiteFailures;
            }

            @Override
            public void addFailure(InputFailure failure) throws IOException {
                Writer w = body.writer();
                w.write("  <testsuite name=\"" + attr(failure.target()) + "\" tests=\"1\" failures=\"0\" errors=\"1\""
                        + " skipped=\"0\" time=\"0\">\n");
                w.write("    <testcase name=\"input\" classname=\"" + attr(className(failure.target()))
                        + "\" file=\"" + attr(failure.file()) + "\" time=\"0\">\n");
                w.write("      <error message=\"" + attr(failure.message()) + "\" type=\"" + TextReportWriter.BAD_INPUT
                        + "\">" + MarkupEscaper.content(failure.message()) + "</error>\n");
                w.write("    </testcase>\n  </testsuite>\n");
                tests++;
                errors++;
            }

            @Override
            public void close() throws IOException {
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
                out.write("<testsuites name=\"aligncheck\" tests=\"" + tests + "\" failures=\"" + failures
                        + "\" errors=\"" + errors + "\" skipped=\"0\" time=\"0\">\n");
                body.transferTo(out);
                out.write("</testsuites>\n");
                out.flush();
            }
        };
    }

    /** Appends one test case; returns whether it fails. */
    private boolean testCase(StringBuilder b, CheckResult result, String className, String file, String name,
                             List<Finding> findings) {
        List<String> failing = new ArrayList<>();
        List<String> other = new ArrayList<>();
        String type = null;
        Severity worst = null;
        for (Finding f : findings) {
            String line = TextReportWriter.line(result, f);
            if (failAt != null && f.severity().compareTo(failAt) >= 0) {
                failing.add(line);
                if (worst == null || f.severity().compareTo(worst) > 0) {
                    worst = f.severity();
                    type = f.checkId();
                }
            } else {
                other.add(line);
            }
        }
        b.append("    <testcase name=\"").append(attr(name)).append("\" classname=\"").append(attr(className))
                .append("\" file=\"").append(attr(file)).append("\" time=\"0\"");
        if (failing.isEmpty() && other.isEmpty()) {
            b.append("/>\n");
            return false;
        }
        b.append(">\n");
        if (!failing.isEmpty()) {
            b.append("      <failure message=\"").append(attr(failing.get(0))).append("\" type=\"").append(attr(type))
                    .append("\">").append(MarkupEscaper.content(String.join("\n", failing))).append("</failure>\n");
        }
        if (!other.isEmpty()) {
            b.append("      <system-out>").append(MarkupEscaper.content(String.join("\n", other)))
                    .append("</system-out>\n");
        }
        b.append("    </testcase>\n");
        return !failing.isEmpty();
    }

    /** {@code link 4 [4,5]:[4] (line 5)}: the link, and the line where its English (else its source) starts. */
    private static String caseName(AlignedDocument doc, int k) {
        Link l = doc.alignment().links().get(k);
        String where = !l.target().isEmpty() ? "line " + doc.target().get(l.target().get(0)).line()
                : "source line " + doc.source().get(l.source().get(0)).line();
        return "link " + k + " " + l.format() + " (" + where + ")";
    }

    /** Jenkins reads dots in a class name as package separators: the file's path becomes the package. */
    private static String className(String file) {
        String[] parts = file.replace('\\', '/').split("/");
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(p.replace('.', '_'));
        }
        return b.toString();
    }

    private static String attr(String s) {
        return MarkupEscaper.attribute(s);
    }
}
