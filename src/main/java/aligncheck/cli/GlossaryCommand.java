package aligncheck.cli;

import picocli.CommandLine.Command;

/** {@code aligncheck glossary …}: glossary maintenance. */
@Command(name = "glossary", mixinStandardHelpOptions = true, description = "Glossary maintenance.",
        subcommands = {
            GlossaryValidateCommand.class,
            GlossaryAddCommand.class,
            GlossaryRemoveCommand.class,
            GlossaryListCommand.class,
            GlossaryMergeCommand.class,
            GlossaryImportCommand.class,
            GlossaryExportCommand.class,
        })
public final class GlossaryCommand {
}
