package aligncheck.cli;

import aligncheck.align.AlignerConfig;
import aligncheck.align.DynamicProgrammingAligner;
import aligncheck.align.eval.Evaluation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aligncheck eval DIR}: score the aligner on gold alignments. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the aligner on every gold set under DIR (<set>/<doc>/src.txt, tgt.txt, gold.txt; "
                + "lines aligned as given): strict, lax and exact-match P/R/F1 per set.")
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR")
    Path root;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the links produced, <set>/<doc>.align.")
    Path out;

    @Option(names = "--max-bead", paramLabel = "N", defaultValue = "8",
            description = "Most sentences in one link (default: ${DEFAULT-VALUE}).")
    int maxBead;

    @Override
    public Integer call() {
        if (!Files.isDirectory(root)) {
            throw new CommandLine.ParameterException(spec.commandLine(), root + ": not a directory");
        }
        List<Evaluation.SetResult> results = Evaluation.run(root,
                new DynamicProgrammingAligner(AlignerConfig.defaults().withMaxBeadSize(maxBead)), out);
        if (results.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    root + ": no gold set (<set>/<doc>/gold.txt) found");
        }
        PrintWriter w = spec.commandLine().getOut();
        w.print(Evaluation.table(results));
        w.flush();
        return ExitCode.CLEAN;
    }
}
