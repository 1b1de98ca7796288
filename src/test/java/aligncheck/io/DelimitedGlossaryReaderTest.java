package aligncheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.glossary.EntryType;
import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossaryException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV, TSV and OmegaT glossaries written by hand or by other tools, and their mistakes. */
class DelimitedGlossaryReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static GlossaryException refused(GlossaryFileReader reader, Path p) {
        return assertThrows(GlossaryException.class, () -> reader.read(p, EntryType.OTHER));
    }

    @Test
    void readsAHandWrittenCsvWithColumnsInAnyOrderAndABom() throws Exception {
        Path p = write("staff.csv", "\uFEFFenglish,zh-Hans,variants,type\r\n"
                + "Susie Wiles,苏西·怀尔斯|怀尔斯,\"Wiles|Chief of Staff Wiles\",person\r\n"
                + ",,,\r\n"
                + "\"Stephen Miller\",斯蒂芬·米勒,Miller,\r\n");
        Glossary g = CsvGlossaryReader.csv().read(p, EntryType.OTHER);
        assertEquals(new GlossaryEntry("susie-wiles", EntryType.PERSON, List.of("苏西·怀尔斯", "怀尔斯"), List.of(),
                List.of(), "Susie Wiles", List.of("Wiles", "Chief of Staff Wiles"), List.of(), "", ""),
                g.entries().get(0));
        assertEquals(EntryType.OTHER, g.entries().get(1).type(), "no type: the caller's");
        assertEquals(List.of(2, 4), g.locations().stream().map(l -> l.line()).toList());
    }

    @Test
    void csvMistakesAreNamedWithTheirLine() throws Exception {
        Path quote = write("quote.csv", "english,zh-Hans\nSusie Wiles,\"怀尔斯\nStephen Miller,米勒\n");
        assertEquals(quote + ":2:13: quoted field never closed", refused(CsvGlossaryReader.csv(), quote).getMessage());
        Path after = write("after.csv", "english,zh-Hans\n\"Susie\" Wiles,怀尔斯\n");
        assertTrue(refused(CsvGlossaryReader.csv(), after).getMessage().startsWith(after + ":2:8: text after the "
                + "closing quote"));
        Path count = write("count.csv", "english,zh-Hans\nSusie Wiles,怀尔斯,extra\n");
        assertEquals(count + ":2: 3 fields, but the header has 2", refused(CsvGlossaryReader.csv(), count).getMessage());
        Path type = write("type.csv", "id,type,english,zh-Hans\nsusie-wiles,people,Susie Wiles,怀尔斯\n");
        assertEquals(type + ":2: entry \"susie-wiles\": field \"type\": \"people\" is not one of person, organization, "
                + "place, title, other", refused(CsvGlossaryReader.csv(), type).getMessage());
        Path column = write("column.csv", "english,chinese\nSusie Wiles,怀尔斯\n");
        assertTrue(refused(CsvGlossaryReader.csv(), column).getMessage().startsWith(column + ":1: header: unknown "
                + "column \"chinese\""));
        Path noSource = write("nosource.csv", "english,zh-Hans\nSusie Wiles,\n");
        assertEquals(noSource + ":2: entry \"susie-wiles\": field \"zh-Hans\": an entry needs at least one source form "
                + "in zh-Hans, zh-Hant or ja", refused(CsvGlossaryReader.csv(), noSource).getMessage());
        Path latin1 = dir.resolve("latin1.csv");
        Files.writeString(latin1, "english,zh-Hans\nJosé Martí,Marti\n", Charset.forName("ISO-8859-1"));
        assertEquals(latin1 + ":2: not valid UTF-8 (byte 0xE9)", refused(CsvGlossaryReader.csv(), latin1).getMessage());
    }

    @Test
    void tsvReadsEscapesAndCountsFields() throws Exception {
        Path p = write("g.tsv", "english\tzh-Hans\tnote\nSusie Wiles\t怀尔斯\tfirst\\tsecond\\\\third\n");
        assertEquals("first\tsecond\\third", CsvGlossaryReader.tsv().read(p, EntryType.OTHER).entries().get(0).note());
        Path count = write("count.tsv", "english\tzh-Hans\nSusie Wiles\n");
        assertEquals(count + ":2: 1 fields, but the header has 2", refused(CsvGlossaryReader.tsv(), count).getMessage());
    }

    @Test
    void omegatGroupsLinesByTargetAndGuessesScripts() throws Exception {
        Path p = write("project.utf8", """
                # Glossary in tab-separated format -*- coding: utf-8 -*-
                贝森特\tScott Bessent\tU.S. Treasury Secretary
                ベッセント\tScott Bessent
                貝森特\tScott Bessent\tanother comment

                石破茂\tShigeru Ishiba\t\textra column
                """);
        Glossary g = new OmegaTGlossaryReader().read(p, EntryType.PERSON);
        assertEquals(List.of(
                new GlossaryEntry("scott-bessent", EntryType.PERSON, List.of("贝森特"), List.of("貝森特"),
                        List.of("ベッセント"), "Scott Bessent", List.of(), List.of(), "U.S. Treasury Secretary", ""),
                new GlossaryEntry("shigeru-ishiba", EntryType.PERSON, List.of("石破茂"), List.of(), List.of(),
                        "Shigeru Ishiba", List.of(), List.of(), "", "")), g.entries());
        assertEquals(List.of(2, 6), g.locations().stream().map(l -> l.line()).toList());
        Path broken = write("broken.txt", "# comment\n贝森特 Scott Bessent\n");
        assertEquals(broken + ":2: expected source<TAB>target[<TAB>comment]",
                refused(new OmegaTGlossaryReader(), broken).getMessage());
    }

    @Test
    void omegatHonoursTheCodingComment() throws Exception {
        Path p = dir.resolve("gbk.txt");
        Files.writeString(p, "# -*- coding: GBK -*-\n贝森特\tScott Bessent\n", Charset.forName("GBK"));
        assertEquals(List.of("贝森特"), new OmegaTGlossaryReader().read(p, EntryType.OTHER).entries().get(0).zhHans());
    }
}
