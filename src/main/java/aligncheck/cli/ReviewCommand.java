package aligncheck.cli;

import aligncheck.review.ReviewOpener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aligncheck review [SOURCE TARGET]}: opens the review window. The window is found through
 * {@link ServiceLoader} ({@link ReviewOpener}), so the command line does not depend on JavaFX.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Open the review window: the pairs side by side, the findings, fixes, alignment by hand.")
public final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "SOURCE TARGET",
            description = "The original and its translation; none: start with the open dialog and recent pairs.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--session", paramLabel = "FILE", description = "Reopen a saved review.")
    Path session;

    @Option(names = "--glossary", paramLabel = "FILE|DIR",
            description = "A glossary file or a directory of them (repeatable). Default: the shipped glossaries.")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--screenshot", paramLabel = "PNG", hidden = true,
            description = "Open, write a PNG of the window, and quit (for docs/review-window.png).")
    Path screenshot;

    @Override
    public Integer call() throws Exception {
        if (files.size() == 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give both SOURCE and TARGET, or neither");
        }
        ReviewOpener opener = ServiceLoader.load(ReviewOpener.class).findFirst().orElse(null);
        if (opener == null) {
            spec.commandLine().getErr().println("aligncheck: the review window is not in this build");
            return ExitCode.INTERNAL;
        }
        Path src = files.isEmpty() ? null : files.get(0);
        Path tgt = files.isEmpty() ? null : files.get(1);
        return opener.open(new ReviewOpener.Request(src, tgt, session, glossaries, screenshot));
    }
}
