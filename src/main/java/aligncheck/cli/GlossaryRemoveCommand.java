package aligncheck.cli;

import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossaryException;
import aligncheck.glossary.GlossaryFileEditor;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aligncheck glossary remove --from FILE ID}: remove one entry. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove the entry ID from a glossary file (exit 2 when the file has no such entry).")
final class GlossaryRemoveCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The glossary file.")
    Path from;

    @Parameters(index = "0", paramLabel = "ID", description = "The id of the entry to remove.")
    String id;

    @Override
    public Integer call() throws GlossaryException {
        Optional<GlossaryEntry> removed = new GlossaryFileEditor().remove(from, id);
        if (removed.isEmpty()) {
            spec.commandLine().getErr().println("aligncheck: " + from + ": no entry \"" + id + "\"");
            spec.commandLine().getErr().flush();
            return ExitCode.USAGE;
        }
        spec.commandLine().getOut().println("removed " + id + " (" + removed.get().english() + ") from " + from);
        spec.commandLine().getOut().flush();
        return ExitCode.CLEAN;
    }
}
