package aligncheck.cli;

import static aligncheck.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.cli.CliTest.Run;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossaryLines;
import aligncheck.glossary.GlossaryReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aligncheck glossary import|export}. */
class GlossaryImportExportTest {
    @TempDir
    Path dir;

    private static List<GlossaryEntry> shipped() throws Exception {
        return new GlossaryReader().readAll(List.of(Path.of("glossaries"))).entries();
    }

    @Test
    void exportEveryFormatAndImportTbxCsvTsvBackUnchanged() throws Exception {
        for (String format : List.of("tbx", "csv", "tsv", "omegat", "json")) {
            Path out = dir.resolve("all." + format);
            Run r = run("glossary", "export", "--format", format, "--out", out.toString());
            assertEquals(ExitCode.CLEAN, r.code(), r.err());
            assertEquals("exported " + shipped().size() + " entries from 5 glossaries to " + out + " (" + format
                    + ")\n", r.out());
        }
        for (String format : List.of("tbx", "csv", "tsv")) {
            Path into = dir.resolve("from-" + format + ".json");
            Run r = run("glossary", "import", dir.resolve("all." + format).toString(), "--into", into.toString());
            assertEquals(ExitCode.CLEAN, r.code(), r.err());
            assertEquals(shipped(), new GlossaryReader().readFile(into).entries(), format);
        }
        Run omegat = run("glossary", "import", "--format", "omegat", "--type", "person",
                dir.resolve("all.omegat").toString(), "--into", dir.resolve("from-omegat.json").toString());
        assertEquals(ExitCode.CLEAN, omegat.code(), omegat.err());
        assertTrue(omegat.out().startsWith("imported "), omegat.out());
    }

    @Test
    void exportPicksTheFormatFromTheExtension() throws Exception {
        Path out = dir.resolve("us.tbx");
        Run r = run("glossary", "export", "--glossary", "glossaries/us-government-2025.json", "--out", out.toString());
        assertEquals(ExitCode.CLEAN, r.code(), r.err());
        assertTrue(Files.readString(out).contains("<conceptEntry id=\"pete-hegseth\">"));
        assertEquals(ExitCode.USAGE, run("glossary", "export", "--out", dir.resolve("x.pdf").toString()).code());
        assertEquals(ExitCode.USAGE, run("glossary", "export", "--format", "docx", "--out", out.toString()).code());
    }

    @Test
    void importRefusesConflictsWithTheGlossaryItGoesInto() throws Exception {
        Path us = Files.copy(Path.of("glossaries/us-government-2025.json"), dir.resolve("us.json"));
        byte[] before = Files.readAllBytes(us);
        Path omegat = dir.resolve("us.utf8");
        assertEquals(ExitCode.CLEAN, run("glossary", "export", "--glossary", us.toString(), "--out",
                omegat.toString()).code());
        Run r = run("glossary", "import", omegat.toString(), "--into", us.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        List<String> lines = r.err().lines().toList();
        assertEquals(omegat + ":2: entry \"donald-trump\": differs in type, zh-Hans, zh-Hant, variants, wrong, note "
                + "from the entry with the same id at " + us + ":" + GlossaryLines.idLine(us, "donald-trump"),
                lines.get(0), "OmegaT holds no id: the one made from the English form is taken, with other content");
        assertTrue(lines.get(lines.size() - 1).startsWith("aligncheck: nothing saved: "), r.err());
        assertEquals(new String(before), Files.readString(us));
    }

    @Test
    void hostileOrBrokenFilesAreOneLineAndExitThree() throws Exception {
        Path xxe = Files.writeString(dir.resolve("xxe.tbx"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE tbx [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<tbx>&xxe;</tbx>\n");
        Run r = run("glossary", "import", xxe.toString(), "--into", dir.resolve("x.json").toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("aligncheck: " + xxe + ":2:10: DOCTYPE declarations are not allowed"), r.err());
        assertEquals(1, r.err().lines().count());
        assertFalse(Files.exists(dir.resolve("x.json")));

        Path csv = Files.writeString(dir.resolve("bad.csv"), "english,zh-Hans\n\"Scott Bessent,贝森特\n");
        r = run("glossary", "import", csv.toString(), "--into", dir.resolve("x.json").toString());
        assertEquals("aligncheck: " + csv + ":2:1: quoted field never closed\n", r.err());
        assertEquals(ExitCode.BAD_INPUT, r.code());

        assertEquals(ExitCode.USAGE, run("glossary", "import", csv.toString(), "--into", "x.tbx").code());
        assertEquals(ExitCode.USAGE, run("glossary", "import", "glossaries/README.md", "--into", "x.json").code());
    }
}
