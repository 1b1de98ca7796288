package aligncheck.cli;

import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryException;
import aligncheck.glossary.GlossaryFileEditor;
import aligncheck.glossary.GlossarySet;
import aligncheck.io.GlossaryFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aligncheck glossary export [--glossary …] --format F --out FILE}: write glossaries in another format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export glossaries (default: the shipped ones) as one TBX-Basic, CSV, TSV, OmegaT or JSON file. "
                + "OmegaT keeps only source forms, the canonical English and the description.")
final class GlossaryExportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    GlossaryOptions options;

    @Option(names = "--format", converter = GlossaryFormatConverter.class, paramLabel = "FORMAT",
            completionCandidates = GlossaryFormatConverter.Candidates.class,
            description = "tbx, csv, tsv, omegat or json; default: from the extension of --out.")
    GlossaryFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced).")
    Path out;

    @Override
    public Integer call() throws GlossaryException {
        GlossaryFormat f = format != null ? format : GlossaryFormat.ofFile(out).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), out + ": unknown extension; give --format"));
        GlossarySet set = options.read();
        Glossary written;
        try {
            written = f.export(set.glossaries(), out);
        } catch (IOException e) {
            throw GlossaryFileEditor.cannotWrite(out, e);
        }
        spec.commandLine().getOut().println("exported " + written.entries().size() + " entries from "
                + set.glossaries().size() + " glossaries to " + out + " (" + f.cliName() + ")");
        spec.commandLine().getOut().flush();
        return ExitCode.CLEAN;
    }
}
