package aligncheck.cli;

import static aligncheck.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.cli.CliTest.Run;
import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossaryReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aligncheck glossary suggest}: the table, and accepting into a file that {@code check} then uses. */
class GlossarySuggestCommandTest {
    static final Path PAIR = Path.of("src/test/resources/aligncheck/names/suggest");
    static final String SOURCE = PAIR.resolve("source.zh.txt").toString();
    static final String TARGET = PAIR.resolve("target.en.txt").toString();

    @TempDir
    Path dir;

    @Test
    void printsATableOfTheUnlistedNames() {
        Run r = run("glossary", "suggest", SOURCE, TARGET);
        assertEquals(ExitCode.CLEAN, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(0).matches("source +english +sentence +line +confidence +proposed id"), lines.get(0));
        assertTrue(lines.get(1).matches("佩德罗·桑切斯 +Pedro Sanchez +1→1 +1 +0\\.\\d\\d +pedro-sanchez"), lines.get(1));
        assertTrue(lines.get(3).matches("梅洛尼 +Meloni +5→5 +5 +0\\.\\d\\d +meloni"), lines.get(3));
        assertFalse(r.out().contains("Bolsonaro"));
        Run strict = run("glossary", "suggest", SOURCE, TARGET, "--min-confidence", "0.9");
        assertFalse(strict.out().contains("Erdogan"), strict.out());
        assertTrue(strict.out().contains("Meloni"), strict.out());
    }

    @Test
    void acceptedEntriesReadBackAndAreThenChecked() throws Exception {
        Path suggested = dir.resolve("suggested-names.json");
        Run before = run("check", SOURCE, TARGET, "--format", "json");
        Path wrongTarget = Files.writeString(dir.resolve("target.en.txt"),
                Files.readString(Path.of(TARGET)).replace("Italian Prime Minister Meloni", "Italian Prime Minister Melonie"));
        Run wrongBefore = run("check", SOURCE, wrongTarget.toString());
        assertFalse(wrongBefore.out().contains("Melonie"), "unknown and plausible: nothing to say " + wrongBefore.out());

        Run r = run("glossary", "suggest", SOURCE, TARGET, "--accept-all", "--into", suggested.toString());
        assertEquals(ExitCode.CLEAN, r.code(), r.err());
        assertEquals("added 3 of 3 suggestions to " + suggested + " (3 entries)\n", r.out());
        Glossary g = new GlossaryReader().readFile(suggested);
        assertEquals("suggested-names", g.name());
        assertEquals(List.of("pedro-sanchez", "erdogan", "meloni"), g.entries().stream().map(GlossaryEntry::id).toList());

        Run after = run("check", SOURCE, TARGET, "--glossary", "glossaries", "--glossary", suggested.toString(),
                "--format", "json");
        assertTrue(before.out().contains("Bolsonaro"), before.out());
        assertTrue(after.out().contains("NAME_SUSPECT") && after.out().contains("Bolsonaro"), "米莱 is still unknown");
        Run wrongAfter = run("check", SOURCE, wrongTarget.toString(), "--glossary", "glossaries", "--glossary",
                suggested.toString());
        assertTrue(wrongAfter.out().contains("error NAME_MISTRANSLATED 梅洛尼 rendered \"Melonie\", expected \"Meloni\""),
                wrongAfter.out());

        Run again = run("glossary", "suggest", SOURCE, TARGET, "--accept-all", "--into", suggested.toString());
        assertEquals("added 0 of 3 suggestions to " + suggested + " (3 entries)\n", again.out(),
                "the loaded glossaries do not hold the file: its names are suggested again and clash");
        assertTrue(again.err().contains("entry \"pedro-sanchez\": id already used at " + suggested + ":"), again.err());
    }

    @Test
    void intoWithoutAcceptAllIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("glossary", "suggest", SOURCE, TARGET, "--into", "x.json").code());
    }
}
