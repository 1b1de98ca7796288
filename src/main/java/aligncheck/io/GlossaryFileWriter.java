package aligncheck.io;

import aligncheck.glossary.Glossary;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a glossary in one interchange format (see {@link GlossaryFormat} for what each format keeps). */
public interface GlossaryFileWriter {
    /** Writes the whole glossary to {@code out} (which stays open). */
    void write(Glossary glossary, OutputStream out) throws IOException;
}
