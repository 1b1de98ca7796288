package aligncheck.cli;

import static aligncheck.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.cli.CliTest.Run;
import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryLines;
import aligncheck.glossary.GlossaryReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aligncheck glossary add|remove|list|validate|merge} as a maintainer meets them. */
class GlossaryCommandsTest {
    @TempDir
    Path dir;

    private Path copy(String shipped) throws Exception {
        return Files.copy(Path.of("glossaries", shipped), dir.resolve(shipped));
    }

    @Test
    void validateTheShippedGlossaries() {
        Run r = run("glossary", "validate");
        assertEquals(ExitCode.CLEAN, r.code(), r.err());
        assertTrue(r.out().endsWith(GlossaryLines.shippedEntries() + " entries in 5 glossaries, valid\n"), r.out());
    }

    @Test
    void validateReportsEveryProblemWithBothPlaces() throws Exception {
        Path us = copy("us-government-2025.json");
        Path copy = dir.resolve("copy.json");
        Files.writeString(copy, Files.readString(us).replace("\"name\": \"us-government-2025\"", "\"name\": \"copy\""));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"entries\": [\n  {\"id\": \"x\"\n");
        Run r = run("glossary", "validate", "--glossary", dir.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        int n = new GlossaryReader().readFile(us).entries().size();
        int line = GlossaryLines.idLine(us, "pete-hegseth");
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).startsWith(broken + ":"), lines.get(0));
        assertTrue(lines.contains(us + ":" + line + ": entry \"pete-hegseth\": id already used at " + copy + ":" + line),
                r.err());
        assertFalse(r.err().contains("source form"), "a duplicate id is not reported once more for each of its forms");
        assertEquals(n, lines.stream().filter(l -> l.contains("id already used")).count(), "one per duplicate id");
        assertFalse(r.err().contains("Exception"));
        assertTrue(r.out().endsWith(2 * n + " entries in 2 glossaries, " + (n + 1) + " errors\n"), r.out());
    }

    @Test
    void addCreatesTheFileAndRefusesAClashNamingBothPlaces() throws Exception {
        Path us = copy("us-government-2025.json");
        Path staff = dir.resolve("staff.json");
        Run ok = run("glossary", "add", "--into", staff.toString(), "--id", "susie-wiles-test", "--type", "person",
                "--zh-Hans", "苏西·怀尔斯测试", "--ja", "スージー・ワイルズ試験", "--english", "Susie Wiles",
                "--variant", "Wiles", "--wrong", "Suzy Wilds", "--description", "White House Chief of Staff (test)");
        assertEquals(ExitCode.CLEAN, ok.code(), ok.err());
        assertEquals("added susie-wiles-test to " + staff + " (1 entries)\n", ok.out());
        Glossary g = new GlossaryReader().readFile(staff);
        assertEquals(List.of("Wiles"), g.entries().get(0).variants());

        byte[] before = Files.readAllBytes(staff);
        Run clash = run("glossary", "add", "--into", staff.toString(), "--id", "hegseth-again", "--type", "person",
                "--zh-Hant", "赫格塞斯", "--english", "Hegseth");
        assertEquals(ExitCode.BAD_INPUT, clash.code());
        assertEquals(staff + ": entry \"hegseth-again\": source form \"赫格塞斯\" is also a form of entry \"pete-hegseth\" at "
                + us + ":" + GlossaryLines.fieldLine(us, "pete-hegseth", "zh-Hant") + "\naligncheck: nothing saved: 1 conflict\n",
                clash.err());
        assertArrayEquals(before, Files.readAllBytes(staff));
    }

    @Test
    void addRefusesABrokenEntryAndBadOptions() throws Exception {
        Path g = dir.resolve("g.json");
        Run badId = run("glossary", "add", "--into", g.toString(), "--id", "Susie_Wiles", "--type", "person",
                "--zh-Hans", "怀尔斯", "--english", "Susie Wiles");
        assertEquals(ExitCode.BAD_INPUT, badId.code());
        assertEquals("aligncheck: " + g + ": new entry \"Susie_Wiles\": field \"id\": must be lower-case letters, "
                + "digits and dashes, like \"pete-hegseth\"\n", badId.err());
        Run badType = run("glossary", "add", "--into", g.toString(), "--id", "x-y", "--type", "people",
                "--zh-Hans", "怀尔斯", "--english", "Susie Wiles");
        assertEquals(ExitCode.USAGE, badType.code());
        assertTrue(badType.err().contains("'people' is not one of person, organization, place, title, other"),
                badType.err());
        assertEquals(ExitCode.USAGE, run("glossary", "add", "--into", g.toString(), "--id", "x").code());
        assertFalse(Files.exists(g));
    }

    @Test
    void removeAnEntryOrSayThereIsNone() throws Exception {
        Path us = copy("us-government-2025.json");
        int n = new GlossaryReader().readFile(us).entries().size();
        Run r = run("glossary", "remove", "--from", us.toString(), "chuck-hagel");
        assertEquals(ExitCode.CLEAN, r.code(), r.err());
        assertEquals("removed chuck-hagel (Chuck Hagel) from " + us + "\n", r.out());
        assertEquals(n - 1, new GlossaryReader().readFile(us).entries().size());
        Run again = run("glossary", "remove", "--from", us.toString(), "chuck-hagel");
        assertEquals(ExitCode.USAGE, again.code());
        assertEquals("aligncheck: " + us + ": no entry \"chuck-hagel\"\n", again.err());
    }

    @Test
    void listFiltersByTypeAndSearchTextInATable() throws Exception {
        Path titles = copy("titles.json");
        Run r = run("glossary", "list", "--glossary", titles.toString(), "--type", "title", "--search", "國務卿");
        assertEquals(ExitCode.CLEAN, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(0).matches("ID +TYPE +ENGLISH +AT +SOURCE FORMS"), lines.get(0));
        assertTrue(lines.get(1).matches("us-secretary-of-state-title +title +Secretary of State +"
                + java.util.regex.Pattern.quote(titles.toString()) + ":"
                + GlossaryLines.idLine(titles, "us-secretary-of-state-title") + " +美国国务卿 / 美国务卿 / 国务卿 / .*"), lines.get(1));
        assertEquals(lines.get(0).indexOf("AT"), lines.get(1).indexOf(titles.toString()));
        assertEquals("1 of " + new GlossaryReader().readFile(titles).entries().size() + " entries\n", r.err());
        Run none = run("glossary", "list", "--glossary", titles.toString(), "--type", "person");
        assertEquals(1, none.out().lines().count());
    }

    @Test
    void mergeRefusesConflictsUnlessPreferred() throws Exception {
        Path us = copy("us-government-2025.json");
        Path changed = dir.resolve("changed.json");
        Files.writeString(changed, Files.readString(us).replace("\"Hagel\", \"Hegsas\"", "\"Hegsas\""));
        Path out = dir.resolve("out.json");
        Run refused = run("glossary", "merge", us.toString(), changed.toString(), "--into", out.toString());
        assertEquals(ExitCode.BAD_INPUT, refused.code());
        int line = GlossaryLines.idLine(us, "pete-hegseth");
        assertEquals(changed + ":" + line + ": entry \"pete-hegseth\": differs in wrong from the entry with the same id at "
                + us + ":" + line + "\naligncheck: nothing saved: 1 conflict\n", refused.err());
        int n = new GlossaryReader().readFile(us).entries().size();
        assertFalse(Files.exists(out));

        Run last = run("glossary", "merge", us.toString(), changed.toString(), "--into", out.toString(),
                "--prefer", "last");
        assertEquals(ExitCode.CLEAN, last.code(), last.err());
        assertTrue(last.err().endsWith("(settled by --prefer)\n"), last.err());
        assertEquals("merged 2 glossaries into " + out + " (" + n + " entries, " + (n - 1)
                + " identical duplicates collapsed)\n", last.out());
        assertEquals(Files.readString(changed).replace("\"name\": \"us-government-2025\"", "\"name\": \"out\""),
                Files.readString(out));
    }
}
