package aligncheck.io;

import aligncheck.glossary.EntryType;
import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryException;
import java.nio.file.Path;

/** Reads a glossary from a file in one interchange format (see {@link GlossaryFormat}). */
public interface GlossaryFileReader {
    /**
     * Reads the file. Every entry is checked with {@link aligncheck.glossary.EntryRules}; each keeps the line it was
     * read from ({@link Glossary#locations()}), so that later conflicts name {@code file:line}.
     *
     * @param typeWhenAbsent the type of entries the file gives none for
     * @throws GlossaryException one line naming the file, the line (and column, for XML) and what is wrong
     */
    Glossary read(Path file, EntryType typeWhenAbsent) throws GlossaryException;
}
