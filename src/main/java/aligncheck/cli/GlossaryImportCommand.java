package aligncheck.cli;

import aligncheck.glossary.EntryType;
import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryEdit;
import aligncheck.glossary.GlossaryException;
import aligncheck.glossary.GlossaryFileEditor;
import aligncheck.io.GlossaryFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aligncheck glossary import FILE --into OUT.json}: read a TBX, CSV, TSV or OmegaT glossary into ours. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a TBX, CSV, TSV, OmegaT or JSON glossary into a JSON glossary (created when absent, "
                + "else merged into as by 'merge'). Conflicts are named with file:line and nothing is saved (exit 3).")
final class GlossaryImportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The glossary to import.")
    Path file;

    @Option(names = "--into", required = true, paramLabel = "OUT.json", description = "The JSON glossary to write.")
    Path into;

    @Option(names = "--format", converter = GlossaryFormatConverter.class, paramLabel = "FORMAT",
            completionCandidates = GlossaryFormatConverter.Candidates.class,
            description = "tbx, csv, tsv, omegat or json; default: from FILE's extension (.tbx/.xml, .csv, .tsv, "
                    + ".txt/.utf8/.tab, .json).")
    GlossaryFormat format;

    @Option(names = "--type", converter = EntryTypeConverter.class, paramLabel = "TYPE", defaultValue = "other",
            completionCandidates = EntryTypeConverter.Candidates.class,
            description = "The type of entries FILE gives none for (OmegaT files never do; default: ${DEFAULT-VALUE}).")
    EntryType type;

    @Option(names = "--prefer", paramLabel = "first|last",
            description = "Settle an id already in OUT with different content: keep OUT's (first) or FILE's (last).")
    GlossaryMergeCommand.Prefer prefer;

    @Override
    public Integer call() throws GlossaryException {
        if (!into.getFileName().toString().endsWith(".json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--into must name a .json glossary: " + into);
        }
        GlossaryFormat f = format != null ? format : GlossaryFormat.ofFile(file).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), file + ": unknown extension; give --format"));
        Glossary imported = f.reader().read(file, type);
        GlossaryEdit edit = new GlossaryFileEditor().mergeInto(into, List.of(imported),
                prefer == null ? null : prefer.preference);
        return new GlossaryEditReport(spec).report(edit, "imported " + imported.entries().size() + " entries ("
                + f.cliName() + ") from " + file + " into " + into + " (" + edit.result().entries().size()
                + " entries)");
    }
}
