package aligncheck.cli;

import aligncheck.glossary.GlossaryException;
import aligncheck.io.InputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code aligncheck} command: a thin shell over {@link aligncheck.pipeline.Pipeline}. */
@Command(name = "aligncheck", mixinStandardHelpOptions = true, version = "aligncheck 0.1.0",
        description = "Aligns an English translation with its Chinese or Japanese original and checks names.",
        subcommands = {CheckCommand.class, AlignCommand.class, GlossaryCommand.class, EvalCommand.class, BenchCommand.class,
                BatchCommand.class, ExportCommand.class,
                ReviewCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests and the launcher). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            // bad input read lazily (a dictionary loaded on first use, a pair in a worker) arrives wrapped
            for (Throwable c = ex; c != null; c = c.getCause()) {
                if (c instanceof InputException || c instanceof GlossaryException) {
                    err.println("aligncheck: " + c.getMessage());
                    return ExitCode.BAD_INPUT;
                }
            }
            if (ex instanceof CommandLine.ParameterException pe) {
                err.println("aligncheck: " + pe.getMessage());
                return ExitCode.USAGE;
            }
            err.println("aligncheck: internal error: " + ex);
            ex.printStackTrace(err);
            return ExitCode.INTERNAL;
        });
        return cl;
    }
}
