package aligncheck.cli;

import aligncheck.io.ExportFormat;
import aligncheck.io.TranslationWriter;
import aligncheck.pipeline.CheckResult;
import aligncheck.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aligncheck export SOURCE TARGET --format tmx|xliff|text|tsv [--out FILE]}: align and check a pair (or read
 * a bilingual file) and write it in an interchange format, with the findings where the format has room for them.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Align and check a pair (or read an aligned .tmx/.xlf/.xliff file) and export it: "
                + "tmx (TMX 1.4b, one tu per link, findings as notes), xliff (XLIFF 2.0, one unit per link, "
                + "findings as notes and ITS quality issues), text (the English in its original layout), "
                + "tsv (one line per link).",
                "The output never replaces an input."})
public final class ExportCommand implements Callable<Integer> {
    enum Format {
        tmx(ExportFormat.TMX), xliff(ExportFormat.XLIFF), text(ExportFormat.TEXT), tsv(ExportFormat.TSV);

        final ExportFormat format;

        Format(ExportFormat format) {
            this.format = format;
        }
    }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DocumentArguments documents;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "tmx, xliff, text or tsv; default: from the --out extension (.tmx, .xlf/.xliff, .txt, .tsv).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        ExportFormat f = format();
        Pipeline pipeline = pipelineOptions.pipeline();
        CheckResult result = pipeline.check(documents.load(pipeline));
        TranslationWriter writer = f.writer();
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            writer.write(result.document(), result.findings(), w);
            w.flush();
        } else {
            writer.write(result.document(), result.findings(), out);
            spec.commandLine().getErr().printf("%s: %d links, %d findings (%s)%n", out,
                    result.document().alignment().links().size(), result.findings().size(),
                    f.name().toLowerCase(Locale.ROOT));
        }
        return ExitCode.CLEAN;
    }

    private ExportFormat format() {
        if (format != null) {
            return format.format;
        }
        if (out != null) {
            return ExportFormat.forFile(out).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "--format is needed: the extension of " + out + " names no format"));
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--format is needed when writing to stdout");
    }
}
