package aligncheck.cli;

import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossarySet;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code aligncheck glossary …}: glossary maintenance. */
@Command(name = "glossary", mixinStandardHelpOptions = true, description = "Glossary maintenance.",
        subcommands = {GlossaryCommand.Validate.class})
public final class GlossaryCommand {

    /** {@code aligncheck glossary validate [--glossary …]}: read and validate, print counts. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Validate glossaries (default: the shipped ones); exit 3 naming file, line, entry and "
                    + "field of the first problem.")
    static final class Validate implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        PipelineOptions options;

        @Override
        public Integer call() throws Exception {
            GlossarySet set = options.glossarySet();
            PrintWriter out = spec.commandLine().getOut();
            for (Glossary g : set.glossaries()) {
                out.printf("%s: %d entries%n", g.source(), g.entries().size());
            }
            out.printf("%d entries in %d glossaries, valid%n", set.entries().size(), set.glossaries().size());
            return ExitCode.CLEAN;
        }
    }
}
