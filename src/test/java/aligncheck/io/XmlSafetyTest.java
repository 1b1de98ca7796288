package aligncheck.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.align.AlignedDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile XML is refused before anything is expanded or fetched, and reading never changes a file. */
class XmlSafetyTest {
    static final Path DIR = Path.of("src/test/resources/aligncheck/io/malicious");

    @ParameterizedTest
    @ValueSource(strings = {"xxe.tmx", "billion-laughs.xlf", "external-dtd.tmx", "parameter-entity.xliff"})
    void doctypeIsRefusedWithOneLineNamingFileLineAndColumn(String name) {
        Path f = DIR.resolve(name);
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(InputException.class, () -> BilingualFileReader.read(f, null)));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.column() > 0, e.getMessage());
        assertEquals(f + ":2:" + e.column() + ": " + XmlTreeReader.DOCTYPE_REFUSED, e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "nothing of /etc/passwd");
        assertFalse(e.getMessage().contains("lollol"), "nothing expanded");
    }

    @Test
    void xxeLeaksNothingOfTheFileItNames() throws Exception {
        String passwd = Files.exists(Path.of("/etc/passwd")) ? Files.readString(Path.of("/etc/passwd")) : "";
        InputException e = assertThrows(InputException.class,
                () -> BilingualFileReader.read(DIR.resolve("xxe.tmx"), null));
        for (String line : passwd.lines().limit(3).toList()) {
            assertFalse(e.getMessage().contains(line), "passwd content leaked: " + line);
        }
    }

    @Test
    void xincludeIsNotProcessed() throws Exception {
        AlignedDocument d = BilingualFileReader.read(DIR.resolve("xinclude.xlf"), null);
        assertEquals("Hegseth arrived.", d.target().get(0).text());
        assertEquals("Hegseth arrived.\n", d.targetText().text());
    }

    @Test
    void undeclaredEntityIsMalformedNotExpanded() throws Exception {
        Path f = Files.createTempFile("entity", ".tmx");
        try {
            Files.writeString(f, "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"zh\"/><body>\n"
                    + "<tu><tuv xml:lang=\"en\"><seg>&xxe;</seg></tuv></tu></body></tmx>\n");
            InputException e = assertThrows(InputException.class, () -> BilingualFileReader.read(f, null));
            assertEquals(3, e.line());
            assertTrue(e.getMessage().contains("\"xxe\""), e.getMessage());
        } finally {
            Files.delete(f);
        }
    }

    @Test
    void readingLeavesEveryFileAsItWas() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.list(DIR), Files.list(BilingualFileReaderTest.DIR))) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            byte[] before = Files.readAllBytes(f);
            FileTime time = Files.getLastModifiedTime(f);
            try {
                BilingualFileReader.read(f, null);
            } catch (InputException expected) {
                // the malicious ones
            }
            assertArrayEquals(before, Files.readAllBytes(f), f.toString());
            assertEquals(time, Files.getLastModifiedTime(f), f.toString());
        }
    }
}
