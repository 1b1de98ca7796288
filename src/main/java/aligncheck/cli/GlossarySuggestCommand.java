package aligncheck.cli;

import aligncheck.align.AlignedDocument;
import aligncheck.check.CheckContext;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossaryFileEditor;
import aligncheck.names.GlossarySuggester;
import aligncheck.names.GlossarySuggester.Suggestion;
import aligncheck.names.RenderingJudge;
import aligncheck.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aligncheck glossary suggest SOURCE TARGET [--min-confidence X] [--accept-all --into FILE]}: the names of a
 * document pair that no glossary knows, rendered plausibly, as proposed entries; printed as a table, or appended to
 * a glossary file.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Align and check a document pair, then list the names no glossary knows whose English fits "
                + "their sound, as proposed glossary entries.",
                "With --accept-all --into FILE the proposals are appended to FILE (created when absent); any that "
                        + "breaks a glossary rule or clashes with an entry (same id or source form) is skipped and "
                        + "named on stderr."})
final class GlossarySuggestCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DocumentArguments documents;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
            description = "Leave out suggestions whose confidence is below X, in [0,1] (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--accept-all", description = "Append every suggestion to the glossary given by --into.")
    boolean acceptAll;

    @Option(names = "--into", paramLabel = "FILE", description = "The glossary file --accept-all appends to.")
    Path into;

    @Override
    public Integer call() throws Exception {
        if (acceptAll != (into != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--accept-all and --into FILE go together");
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-confidence must be in [0,1]");
        }
        Pipeline pipeline = pipelineOptions.pipeline();
        AlignedDocument doc = documents.load(pipeline);
        GlossarySuggester.Result result = new GlossarySuggester(pipeline.glossaries(),
                new RenderingJudge(CheckContext.scorer())).suggest(new CheckContext(doc, pipeline.glossaries()).nameLinks());
        List<Suggestion> kept = result.suggestions().stream().filter(s -> s.confidence() >= minConfidence).toList();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (GlossarySuggester.Skipped s : result.skipped()) {
            err.println("not suggested: " + s.sourceForm() + ": " + s.reason());
        }
        if (acceptAll) {
            List<GlossaryEntry> entries = kept.stream().map(s -> s.toEntry(doc)).toList();
            GlossaryFileEditor.BatchAdd add = new GlossaryFileEditor().addEach(into, entries,
                    pipeline.glossaries().glossaries());
            add.skipped().forEach(line -> err.println("skipped: " + line));
            out.printf("added %d of %d suggestions to %s (%d entries)%n", add.added().size(), entries.size(), into,
                    add.result().entries().size());
        } else {
            table(doc, kept, out);
        }
        out.flush();
        err.flush();
        return ExitCode.CLEAN;
    }

    private static void table(AlignedDocument doc, List<Suggestion> suggestions, PrintWriter out) {
        if (suggestions.isEmpty()) {
            out.println("no suggestions");
            return;
        }
        String[] head = {"source", "english", "sentence", "line", "confidence", "proposed id"};
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(head);
        for (Suggestion s : suggestions) {
            int line = s.targetSentence() < 0 ? 0 : doc.target().get(s.targetSentence()).line();
            rows.add(new String[] {s.sourceForm(), s.english(), (s.sourceSentence() + 1) + "→" + (s.targetSentence() + 1),
                    String.valueOf(line), String.format(Locale.ROOT, "%.2f", s.confidence()), s.proposedId()});
        }
        int[] width = new int[head.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], displayWidth(r[i]));
            }
        }
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                b.append(r[i]);
                if (i + 1 < r.length) {
                    b.append(" ".repeat(width[i] - displayWidth(r[i]) + 2));
                }
            }
            out.println(b);
        }
    }

    /** Columns a terminal gives the text: two for each East Asian wide character. */
    private static int displayWidth(String s) {
        return s.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= 0x3000 && c <= 0x30FF ? 2 : 1).sum();
    }
}
