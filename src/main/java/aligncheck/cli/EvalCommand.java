package aligncheck.cli;

import aligncheck.align.AlignerConfig;
import aligncheck.align.DynamicProgrammingAligner;
import aligncheck.align.Lexicons;
import aligncheck.align.eval.Evaluation;
import aligncheck.align.eval.SignalStudy;
import aligncheck.align.eval.GoldSet;
import aligncheck.io.InputException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "An EDICT or CEDICT dictionary file (repeatable), used for its source language besides the "
                    + "default lexicons (ECDICT; EDICT at " + Lexicons.EDICT + " when installed).")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--signals",
            description = "Instead of the scores table: what each signal adds, as exact-match F1 per set with the "
                    + "signals switched on one after another, then the default less one signal at a time.")
    boolean signals;

    @Override
    public Integer call() throws InputException {
        if (!Files.isDirectory(root)) {
            throw new CommandLine.ParameterException(spec.commandLine(), root + ": not a directory");
        }
        Lexicons lexicons = Lexicons.withDictionaries(dictionaries);
        List<GoldSet> sets = GoldSet.readAll(root);
        // loaded before the timed alignments: the table's seconds are alignment time, load times are printed apart
        sets.stream().map(GoldSet::sourceLanguage).distinct().forEach(lexicons::load);
        if (sets.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    root + ": no gold set (<set>/<doc>/gold.txt) found");
        }
        AlignerConfig config = AlignerConfig.defaults().withMaxBeadSize(maxBead);
        PrintWriter w = spec.commandLine().getOut();
        if (signals) {
            w.print(SignalStudy.table(sets, SignalStudy.run(sets, config,
                    c -> new DynamicProgrammingAligner(c, lexicons))));
        } else {
            List<Evaluation.SetResult> results = Evaluation.run(sets, new DynamicProgrammingAligner(config, lexicons),
                    out);
            w.print(Evaluation.table(results));
            w.print(Evaluation.calibrationTable(results));
        }
        String loaded = lexicons.loadTimes();
        if (!loaded.isEmpty()) {
            w.println("lexicons: " + loaded);
        }
        w.flush();
        return ExitCode.CLEAN;
    }
}
