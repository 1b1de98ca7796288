package aligncheck.cli;

import aligncheck.check.Severity;
import aligncheck.report.ReportFormat;
import picocli.CommandLine.Option;

/** {@code --format} and {@code --fail-on}, shared by {@code check} and {@code batch}. */
public final class ReportOptions {
    enum Format {
        text, json, csv, html, junit, sarif;

        ReportFormat report() {
            return ReportFormat.valueOf(name().toUpperCase(java.util.Locale.ROOT));
        }
    }

    enum FailOn {
        error, warning, never;

        /** The least severity that fails, or null for never. */
        Severity threshold() {
            return switch (this) {
                case error -> Severity.ERROR;
                case warning -> Severity.WARNING;
                case never -> null;
            };
        }

        boolean fails(Severity worst) {
            Severity t = threshold();
            return t != null && worst != null && worst.compareTo(t) >= 0;
        }
    }

    @Option(names = "--format", defaultValue = "text",
            description = "text, json, csv, html, junit or sarif (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fail-on", defaultValue = "error",
            description = "Exit 1 when a finding is at or above: error, warning or never (default: ${DEFAULT-VALUE}).")
    FailOn failOn;
}
