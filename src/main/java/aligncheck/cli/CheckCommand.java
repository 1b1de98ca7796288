package aligncheck.cli;

import aligncheck.check.Severity;
import aligncheck.pipeline.CheckResult;
import aligncheck.pipeline.Pipeline;
import aligncheck.report.TextReportWriter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code aligncheck check SOURCE TARGET} or {@code check FILE.tmx|.xlf|.xliff}: align (unless aligned), check, report. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Align a translation with its original and report mistranslated names, titles and numbers.",
                "With a single bilingual file (.tmx, .xlf, .xliff) the alignment is the file's."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage error", "3:unreadable or malformed input"})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DocumentArguments documents;

    @Mixin
    PipelineOptions pipelineOptions;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = pipelineOptions.pipeline();
        CheckResult result = pipeline.check(documents.load(pipeline));
        PrintWriter out = spec.commandLine().getOut();
        if (report.format == ReportOptions.Format.text) {
            new TextReportWriter().write(result, out);
            PrintWriter err = spec.commandLine().getErr();
            err.printf("%d errors, %d warnings in %d sentence pairs%n", result.count(Severity.ERROR),
                    result.count(Severity.WARNING), result.document().alignment().links().size());
        } else {
            report.format.report().writer(report.failOn.threshold()).write(result, out);
        }
        return report.failOn.fails(result.worst()) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
