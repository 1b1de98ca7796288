package aligncheck.cli;

import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryEdit;
import aligncheck.glossary.GlossaryException;
import aligncheck.glossary.GlossaryFileEditor;
import aligncheck.glossary.GlossaryMerger;
import aligncheck.glossary.GlossaryReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aligncheck glossary merge A B… --into OUT [--prefer first|last]}: the union of glossaries. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge glossaries into OUT (its own entries first when it exists). Identical duplicates "
                + "collapse; the same id with different content is a conflict, named with both file:line places, that "
                + "refuses the merge (exit 3) unless --prefer settles it. Entries of different ids sharing a source "
                + "form always refuse it.")
final class GlossaryMergeCommand implements Callable<Integer> {
    /** Which version of an id with different content to keep. */
    enum Prefer {
        first(GlossaryMerger.Preference.FIRST), last(GlossaryMerger.Preference.LAST);

        final GlossaryMerger.Preference preference;

        Prefer(GlossaryMerger.Preference preference) {
            this.preference = preference;
        }
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "The glossaries to merge, in order.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--into", required = true, paramLabel = "OUT", description = "The glossary file to write.")
    Path into;

    @Option(names = "--prefer", paramLabel = "first|last",
            description = "Settle the same id with different content by keeping the first or the last version.")
    Prefer prefer;

    @Override
    public Integer call() throws GlossaryException {
        GlossaryReader reader = new GlossaryReader();
        List<Glossary> glossaries = new ArrayList<>();
        for (Path p : inputs) {
            glossaries.addAll(reader.read(p));
        }
        GlossaryEdit edit = new GlossaryFileEditor().mergeInto(into, glossaries,
                prefer == null ? null : prefer.preference);
        return new GlossaryEditReport(spec).report(edit, "merged " + glossaries.size() + " glossaries into " + into
                + " (" + edit.result().entries().size() + " entries, " + edit.collapsed()
                + " identical duplicates collapsed)");
    }
}
