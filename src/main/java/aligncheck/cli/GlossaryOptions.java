package aligncheck.cli;

import aligncheck.glossary.GlossaryException;
import aligncheck.glossary.GlossaryReader;
import aligncheck.glossary.GlossarySet;
import aligncheck.glossary.ShippedGlossaries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --glossary FILE|DIR} for the glossary commands that read glossaries (default: the shipped ones). */
public final class GlossaryOptions {
    @Option(names = "--glossary", paramLabel = "FILE|DIR",
            description = "A glossary file or a directory of them (repeatable). Default: the shipped glossaries.")
    List<Path> glossaries = new ArrayList<>();

    /** The files and directories given, or the shipped folder. */
    List<Path> paths() throws GlossaryException {
        return glossaries.isEmpty() ? List.of(ShippedGlossaries.folder()) : glossaries;
    }

    /** The glossaries, read and checked for duplicate ids. */
    GlossarySet read() throws GlossaryException {
        return new GlossaryReader().readAll(paths());
    }
}
