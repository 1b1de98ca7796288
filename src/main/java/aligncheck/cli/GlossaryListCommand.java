package aligncheck.cli;

import aligncheck.glossary.EntryFilter;
import aligncheck.glossary.EntryType;
import aligncheck.glossary.GlossaryException;
import aligncheck.glossary.GlossarySet;
import aligncheck.glossary.GlossaryTableWriter;
import aligncheck.glossary.LocatedEntry;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aligncheck glossary list [--glossary …] [--type …] [--search TEXT]}: a table of entries. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List glossary entries as a table: id, type, English, file:line, source forms.")
final class GlossaryListCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    GlossaryOptions options;

    @Option(names = "--type", converter = EntryTypeConverter.class, paramLabel = "TYPE",
            completionCandidates = EntryTypeConverter.Candidates.class,
            description = "Only entries of this type: person, organization, place, title or other.")
    EntryType type;

    @Option(names = "--search", paramLabel = "TEXT",
            description = "Only entries whose id, forms or description contain TEXT (ignoring case, width, "
                    + "separators and traditional/simplified differences).")
    String search;

    @Override
    public Integer call() throws GlossaryException {
        GlossarySet set = options.read();
        EntryFilter filter = new EntryFilter(type, search);
        List<LocatedEntry> shown = set.glossaries().stream().flatMap(g -> g.located().stream())
                .filter(e -> filter.test(e.entry())).toList();
        new GlossaryTableWriter().write(shown, spec.commandLine().getOut());
        spec.commandLine().getErr().printf("%d of %d entries%n", shown.size(),
                set.glossaries().stream().mapToInt(g -> g.entries().size()).sum());
        spec.commandLine().getErr().flush();
        return ExitCode.CLEAN;
    }
}
