package aligncheck.io;

import aligncheck.align.AlignedDocument;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A file an export writes. Invariant: it is never one of the files the document was read from (compared as files,
 * so a symbolic or hard link to an input is refused too): nothing aligncheck reads is modified in place. The
 * content goes to a temporary file beside it first and replaces the file in one move when complete.
 */
final class OutputFile {
    /** Writes the content; may fail with an {@link InputException} of its own, which leaves no file behind. */
    interface Content {
        void writeTo(Writer out) throws IOException, InputException;
    }

    private OutputFile() {
    }

    static void write(Path file, AlignedDocument document, Content content) throws InputException {
        refuseInputs(file, document);
        if (Files.isDirectory(file)) {
            throw new InputException(file, 0, "is a directory; name the file to write");
        }
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new InputException(file, 0, "cannot write: no such folder " + file.getParent());
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
                content.writeTo(w);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot write: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file stays; the export has failed already and says so
                }
            }
        }
    }

    private static void refuseInputs(Path file, AlignedDocument document) throws InputException {
        List<Path> inputs = new ArrayList<>();
        if (document.sourceText().path() != null) {
            inputs.add(document.sourceText().path());
        }
        if (document.targetText().path() != null) {
            inputs.add(document.targetText().path());
        }
        for (Path input : inputs) {
            if (sameFile(file, input)) {
                throw new InputException(file, 0, "is an input of this export; refusing to overwrite it");
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return true; // cannot tell: refuse rather than risk overwriting an input
        }
    }
}
