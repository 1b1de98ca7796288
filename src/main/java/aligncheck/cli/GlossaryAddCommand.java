package aligncheck.cli;

import aligncheck.glossary.EntryType;
import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryEdit;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossaryException;
import aligncheck.glossary.GlossaryFileEditor;
import aligncheck.glossary.GlossaryReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aligncheck glossary add --into FILE --id … --type … --english … [forms …]}: add one entry. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add an entry to a glossary file (created when absent). The entry must follow the glossary rules "
                + "and clash with no entry of the file or of the glossaries beside it (same id, same source form); "
                + "each clash is named with file:line and nothing is saved (exit 3).")
final class GlossaryAddCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--into", required = true, paramLabel = "FILE", description = "The glossary file to add to.")
    Path into;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "Lower-case letters, digits and dashes: pete-hegseth.")
    String id;

    @Option(names = "--type", required = true, converter = EntryTypeConverter.class,
            completionCandidates = EntryTypeConverter.Candidates.class, paramLabel = "TYPE",
            description = "person, organization, place, title or other.")
    EntryType type;

    @Option(names = "--zh-Hans", paramLabel = "FORM", description = "A simplified Chinese form (repeatable).")
    List<String> zhHans = new ArrayList<>();

    @Option(names = "--zh-Hant", paramLabel = "FORM", description = "A traditional Chinese form (repeatable).")
    List<String> zhHant = new ArrayList<>();

    @Option(names = "--ja", paramLabel = "FORM", description = "A Japanese form (repeatable).")
    List<String> ja = new ArrayList<>();

    @Option(names = "--english", required = true, paramLabel = "FORM", description = "The canonical English form.")
    String english;

    @Option(names = "--variant", paramLabel = "FORM", description = "Another accepted English form (repeatable).")
    List<String> variants = new ArrayList<>();

    @Option(names = "--wrong", paramLabel = "FORM", description = "A known wrong rendering (repeatable).")
    List<String> wrong = new ArrayList<>();

    @Option(names = "--description", paramLabel = "TEXT", description = "One line: the role and since when.")
    String description = "";

    @Option(names = "--note", paramLabel = "TEXT", description = "Free text for terminologists.")
    String note = "";

    @Option(names = "--glossary", paramLabel = "FILE|DIR",
            description = "Glossaries used together with FILE, whose ids and source forms the entry must not reuse "
                    + "(repeatable). Default: the other *.json files in FILE's directory.")
    List<Path> others = new ArrayList<>();

    @Override
    public Integer call() throws GlossaryException {
        GlossaryEntry entry = new GlossaryEntry(id.strip(), type, strip(zhHans), strip(zhHant), strip(ja),
                english.strip(), strip(variants), strip(wrong), description.strip(), note.strip());
        GlossaryEdit edit = new GlossaryFileEditor().add(into, entry, othersToCheck());
        return new GlossaryEditReport(spec).report(edit, "added " + entry.id() + " to " + into + " ("
                + edit.result().entries().size() + " entries)");
    }

    private List<Glossary> othersToCheck() throws GlossaryException {
        GlossaryReader reader = new GlossaryReader();
        List<Glossary> out = new ArrayList<>();
        if (!others.isEmpty()) {
            for (Path p : others) {
                out.addAll(reader.read(p));
            }
            return out;
        }
        Path dir = into.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> siblings;
        try (Stream<Path> files = Files.list(dir)) {
            siblings = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new GlossaryException(dir, 0, "cannot list directory: " + e.getMessage());
        }
        for (Path p : siblings) {
            if (!p.getFileName().equals(into.getFileName())) {
                out.add(reader.readFile(into.resolveSibling(p.getFileName())));
            }
        }
        return out;
    }

    private static List<String> strip(List<String> forms) {
        return forms.stream().map(String::strip).toList();
    }
}
