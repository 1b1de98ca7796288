package aligncheck.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The body of a report whose head needs totals known only at the end (JUnit's testsuites counts, HTML's summary):
 * the body is written here first, then copied after the head. In memory for one document; for many, in a
 * temporary file deleted on {@link #transferTo}, so that a batch never holds its reports in memory.
 */
final class Spill {
    private final Path file;
    private final Writer writer;

    private Spill(Path file, Writer writer) {
        this.file = file;
        this.writer = writer;
    }

    static Spill inMemory() {
        return new Spill(null, new StringWriter());
    }

    static Spill onDisk() throws IOException {
        Path f = Files.createTempFile("aligncheck-report-", ".part");
        f.toFile().deleteOnExit();
        return new Spill(f, new BufferedWriter(Files.newBufferedWriter(f, StandardCharsets.UTF_8), 1 << 16));
    }

    Writer writer() {
        return writer;
    }

    /** Copies the body to {@code out} and releases it; the spill is unusable afterwards. */
    void transferTo(Writer out) throws IOException {
        if (file == null) {
            out.write(writer.toString());
            return;
        }
        writer.close();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.transferTo(out);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
