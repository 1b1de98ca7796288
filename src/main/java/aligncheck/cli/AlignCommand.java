package aligncheck.cli;

import aligncheck.align.AlignedDocument;
import aligncheck.align.Link;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aligncheck align SOURCE TARGET}: print the sentence alignment. */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = "Align a translation with its original; print one link per line as [0,1]:[0] "
                + "(0-based sentence indices) or, with --format tsv, the sentences of both sides.")
public final class AlignCommand implements Callable<Integer> {
    enum Format { links, tsv }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE")
    Path source;

    @Parameters(index = "1", paramLabel = "TARGET")
    Path target;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--format", defaultValue = "links", description = "links or tsv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        AlignedDocument doc = pipelineOptions.pipeline().align(source, target);
        PrintWriter out = spec.commandLine().getOut();
        for (Link l : doc.alignment().links()) {
            if (format == Format.links) {
                out.println(l.format());
            } else {
                out.println(l.format() + "\t" + String.format(java.util.Locale.ROOT, "%.2f", l.confidence()) + "\t"
                        + join(l.source().stream().map(i -> doc.source().get(i).text()).toList()) + "\t"
                        + join(l.target().stream().map(i -> doc.target().get(i).text()).toList()));
            }
        }
        out.flush();
        return ExitCode.CLEAN;
    }

    private static String join(List<String> texts) {
        return texts.stream().map(t -> t.replaceAll("[\\t\\r\\n]+", " ")).collect(Collectors.joining(" "));
    }
}
