package aligncheck.cli;

import aligncheck.batch.BatchRunner;
import aligncheck.batch.DocumentPair;
import aligncheck.batch.Manifest;
import aligncheck.batch.Outcome;
import aligncheck.batch.PairDiscovery;
import aligncheck.check.Severity;
import aligncheck.pipeline.CheckResult;
import aligncheck.report.CombinedReport;
import aligncheck.report.InputFailure;
import aligncheck.report.ReportFormat;
import aligncheck.report.ReportWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aligncheck batch DIR… [--manifest FILE]}: check many pairs in parallel, one combined report (stdout, or
 * {@code combined.<ext>} in --report-dir) and, with --report-dir, one report per pair written as it finishes.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Check many document pairs in parallel. Pairs are found in each DIR and its subfolders by "
                + "name: source.zh.txt or source.ja.txt with target.en.txt in one folder (named after the folder), "
                + "or <name>.zh.txt / <name>.ja.txt with <name>.en.txt (named <name>); or listed in a manifest "
                + "(UTF-8, source<TAB>target[<TAB>options] per line, paths relative to the manifest).",
                "A pair that cannot be read is reported on one line and skipped; the others are checked."},
        exitCodeListHeading = "%nExit codes (of the worst pair):%n",
        exitCodeList = {"0:nothing at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage error", "3:a pair had unreadable or malformed input"})
public final class BatchCommand implements Callable<Integer> {
    static final String COMBINED = "combined";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "Folders to search for pairs.")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--manifest", paramLabel = "FILE", description = "A TSV list of pairs: source<TAB>target[<TAB>"
            + "options], options among source-lang=zh|ja, lines, source-encoding=, target-encoding=, max-bead=.")
    Path manifest;

    @Option(names = "--report-dir", paramLabel = "DIR",
            description = "Write one report per pair (<name>.<ext>) and the combined one (combined.<ext>) here.")
    Path reportDir;

    @Mixin
    ReportOptions report;

    @Option(names = "--threads", paramLabel = "N", description = "Pairs checked at once (default: the number of cores).")
    Integer threads;

    @Mixin
    PipelineOptions pipelineOptions;

    /** Whether stderr is a terminal (progress bar) or not (plain lines); tests replace it. */
    boolean terminal = System.console() != null;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (dirs.isEmpty() && manifest == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one DIR or --manifest FILE");
        }
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                throw new CommandLine.ParameterException(spec.commandLine(), d + ": not a directory");
            }
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        var pipeline = pipelineOptions.pipeline();
        List<DocumentPair> pairs = new ArrayList<>();
        List<InputFailure> problems = new ArrayList<>();
        if (!dirs.isEmpty()) {
            PairDiscovery.Found found = PairDiscovery.find(dirs);
            pairs.addAll(found.pairs());
            found.notes().forEach(note -> err.println("aligncheck: note: " + note));
        }
        if (manifest != null) {
            if (!Files.isRegularFile(manifest)) {
                throw new aligncheck.io.InputException(manifest, 0, "no such file");
            }
            Manifest.Read read = Manifest.read(manifest, pipelineOptions.options());
            pairs.addAll(read.pairs());
            problems.addAll(read.problems());
        }
        if (pairs.isEmpty() && problems.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no document pair found (looked for "
                    + "source.zh|ja.txt + target.en.txt and <name>.zh|ja.txt + <name>.en.txt)");
        }
        ReportFormat fmt = report.format.report();
        ReportWriter writer = fmt.writer(report.failOn.threshold());
        List<String> fileNames = reportDir == null ? List.of() : fileNames(pairs, fmt);
        if (reportDir != null) {
            Files.createDirectories(reportDir);
        }
        BatchProgress progress = new BatchProgress(err, terminal, pairs.size());
        Tally tally = new Tally();
        Writer combinedOut = reportDir == null ? spec.commandLine().getOut()
                : Files.newBufferedWriter(reportDir.resolve(COMBINED + "." + fmt.extension()), StandardCharsets.UTF_8);
        try (CombinedReport combined = writer.combined(combinedOut)) {
            for (InputFailure p : problems) {
                err.println("aligncheck: " + p.message() + " (skipped)");
                combined.addFailure(p);
                tally.failed++;
            }
            new BatchRunner(pipeline.options(), pipeline.glossaries(), n).run(pairs, new BatchRunner.Listener() {
                @Override
                public void finished(int index, DocumentPair pair, Outcome outcome) throws IOException {
                    if (reportDir != null && outcome instanceof Outcome.Checked c) {
                        try (Writer w = new BufferedWriter(Files.newBufferedWriter(
                                reportDir.resolve(fileNames.get(index)), StandardCharsets.UTF_8))) {
                            writer.write(c.result(), w);
                        }
                    }
                    progress.finished(pair, outcome);
                }

                @Override
                public void inOrder(int index, DocumentPair pair, Outcome outcome) throws IOException {
                    if (outcome instanceof Outcome.Checked c) {
                        combined.add(c.result());
                        tally.add(c.result());
                    } else if (outcome instanceof Outcome.Failed f) {
                        combined.addFailure(f.failure());
                        tally.failed++;
                        tally.internal |= f.internal();
                    }
                }
            });
            progress.end();
        } finally {
            if (reportDir != null) {
                combinedOut.close();
            }
        }
        err.printf(Locale.ROOT, "%d pairs: %d checked, %d not checked; %d errors, %d warnings%s%n",
                pairs.size() + problems.size(), tally.checked, tally.failed, tally.errors, tally.warnings,
                reportDir == null ? "" : "; reports in " + reportDir);
        err.flush();
        if (tally.internal) {
            return ExitCode.INTERNAL;
        }
        if (tally.failed > 0) {
            return ExitCode.BAD_INPUT;
        }
        return report.failOn.fails(tally.worst) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    /** Counts over the pairs, on the calling thread only. */
    private static final class Tally {
        int checked;
        int failed;
        long errors;
        long warnings;
        Severity worst;
        boolean internal;

        void add(CheckResult r) {
            checked++;
            errors += r.count(Severity.ERROR);
            warnings += r.count(Severity.WARNING);
            Severity w = r.worst();
            if (w != null && (worst == null || w.compareTo(worst) > 0)) {
                worst = w;
            }
        }
    }

    /** {@code <name>.<ext>} per pair, '/' in names as '_', made unique with -2, -3 …; "combined" is reserved. */
    static List<String> fileNames(List<DocumentPair> pairs, ReportFormat fmt) {
        Set<String> used = new HashSet<>();
        used.add(COMBINED);
        List<String> out = new ArrayList<>();
        for (DocumentPair p : pairs) {
            String base = p.name().replaceAll("[/\\\\:*?\"<>|]+", "_");
            String name = base;
            for (int k = 2; !used.add(name.toLowerCase(Locale.ROOT)); k++) {
                name = base + "-" + k;
            }
            out.add(name + "." + fmt.extension());
        }
        return out;
    }
}
