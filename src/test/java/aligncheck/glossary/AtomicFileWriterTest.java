package aligncheck.glossary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aWriterThatFailsMidwayLeavesTheOriginalIntact() throws Exception {
        Path p = dir.resolve("titles.json");
        Files.copy(Path.of("glossaries/titles.json"), p);
        byte[] before = Files.readAllBytes(p);
        Glossary g = new GlossaryReader().readFile(p);
        String json = new GlossaryWriter().toJson(g);
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(p, out -> {
            out.write(json.substring(0, json.length() / 2).getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(p));
        assertEquals(List.of(p), files(), "the temporary file is removed");
    }

    @Test
    void aFailedFirstWriteCreatesNothing() throws Exception {
        Path p = dir.resolve("new.json");
        assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(p, out -> {
            out.write('{');
            throw new IllegalStateException("bug in a writer");
        }));
        assertFalse(Files.exists(p));
        assertEquals(List.of(), files());
    }

    @Test
    void keepsThePermissionsOfTheFileItReplaces() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path p = Files.writeString(dir.resolve("g.json"), "old");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFileWriter.write(p, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(p));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
        Path fresh = dir.resolve("fresh.json");
        AtomicFileWriter.write(fresh, out -> out.write('x'));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    @Test
    void replacesTheTargetOfASymbolicLinkAndKeepsTheLink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
            return;
        }
        AtomicFileWriter.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(real));
        assertEquals(true, Files.isSymbolicLink(link));
    }
}
