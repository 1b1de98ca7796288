package aligncheck.report;

import aligncheck.check.Severity;

/** The report formats, each with its file extension and writer. */
public enum ReportFormat {
    TEXT("txt"), JSON("json"), CSV("csv"), HTML("html"), JUNIT("xml"), SARIF("sarif");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension of a report in this format, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * A writer for this format.
     *
     * @param failAt the least severity that fails (JUnit failures), or null when nothing fails
     */
    public ReportWriter writer(Severity failAt) {
        return switch (this) {
            case TEXT -> new TextReportWriter();
            case JSON -> new JsonReportWriter();
            case CSV -> new CsvReportWriter();
            case HTML -> new HtmlReportWriter();
            case JUNIT -> new JunitReportWriter(failAt);
            case SARIF -> new SarifReportWriter();
        };
    }
}
