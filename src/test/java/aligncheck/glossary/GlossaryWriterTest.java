package aligncheck.glossary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GlossaryWriterTest {
    @TempDir
    Path dir;

    static Stream<Path> shipped() throws Exception {
        return Files.list(Path.of("glossaries")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void rewritingAShippedFileGivesTheSameBytes(Path file) throws Exception {
        Glossary g = new GlossaryReader().readFile(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GlossaryWriter().write(g, out);
        assertArrayEquals(Files.readAllBytes(file), out.toByteArray(), file.toString());
    }

    @Test
    void roundTripKeepsCharactersThatNeedEscaping() throws Exception {
        GlossaryEntry e = new GlossaryEntry("odd-entry", EntryType.OTHER, List.of("“引号”\\反斜杠"), List.of("貝森特"),
                List.of("ヘグセス"), "The \"Quoted\" One", List.of("tab\tinside", "slash / back\\slash"),
                List.of("𝒮cript 😀"), "line one\nline two", "control \u0001 char");
        Glossary g = new Glossary(null, "odd", "a \"description\"", List.of(e));
        String json = new GlossaryWriter().toJson(g);
        assertTrue(json.endsWith("}\n"));
        Glossary back = new GlossaryReader().parse(Path.of("odd.json"),
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(g.entries(), back.entries());
        assertEquals(g.description(), back.description());
        assertEquals(json, new GlossaryWriter().toJson(back));
    }

    @Test
    void anEmptyGlossaryReadsBack() throws Exception {
        Glossary empty = new Glossary(null, "empty", "", List.of());
        String json = new GlossaryWriter().toJson(empty);
        assertEquals("{\n  \"name\": \"empty\",\n  \"description\": \"\",\n  \"entries\": []\n}\n", json);
        Path p = dir.resolve("empty.json");
        new GlossaryWriter().save(empty, p);
        assertEquals(List.of(), new GlossaryReader().readFile(p).entries());
    }

    @Test
    void saveReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
        Path p = dir.resolve("us.json");
        Files.copy(Path.of("glossaries/us-government-2025.json"), p);
        Glossary g = new GlossaryReader().readFile(p);
        Glossary smaller = g.withEntries(g.entries().subList(0, 3));
        new GlossaryWriter().save(smaller, p);
        assertEquals(smaller.entries(), new GlossaryReader().readFile(p).entries());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(p), files.toList());
        }
    }
}
