package aligncheck.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a review's files (sessions, autosaves, exports, the recent list) so that a reader sees either the old or
 * the new content, never half of it: {@link aligncheck.glossary.AtomicFileWriter} (a temporary file, then
 * ATOMIC_MOVE), after creating the folder when it is missing.
 */
public final class AtomicFileWriter {
    private AtomicFileWriter() {
    }

    public static void write(Path file, byte[] content) throws IOException {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        aligncheck.glossary.AtomicFileWriter.write(abs, out -> out.write(content));
    }

    public static void write(Path file, String content) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }
}
