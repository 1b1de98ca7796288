package aligncheck.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.glossary.EntryType;
import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossaryReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped glossary written in every format and read back: nothing the format can hold is lost. */
class GlossaryFormatRoundTripTest {
    @TempDir
    Path dir;

    static Stream<Path> shipped() throws Exception {
        return Files.list(Path.of("glossaries")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    private Glossary roundTrip(Path shipped, GlossaryFormat format, String extension) throws Exception {
        Glossary g = new GlossaryReader().readFile(shipped);
        Path out = dir.resolve(Glossary.nameOf(shipped) + "." + extension);
        format.export(List.of(g), out);
        return format.reader().read(out, EntryType.OTHER);
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void jsonKeepsEverythingByteForByte(Path shipped) throws Exception {
        Path out = dir.resolve(shipped.getFileName());
        GlossaryFormat.JSON.export(List.of(new GlossaryReader().readFile(shipped)), out);
        assertArrayEquals(Files.readAllBytes(shipped), Files.readAllBytes(out));
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void tbxKeepsEveryEntryFieldAndTheGlossaryDescription(Path shipped) throws Exception {
        Glossary original = new GlossaryReader().readFile(shipped);
        Glossary back = roundTrip(shipped, GlossaryFormat.TBX, "tbx");
        assertEquals(original.entries(), back.entries());
        assertEquals(original.description(), back.description());
        assertEquals(original.name(), back.name());
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void csvAndTsvKeepEveryEntryField(Path shipped) throws Exception {
        Glossary original = new GlossaryReader().readFile(shipped);
        assertEquals(original.entries(), roundTrip(shipped, GlossaryFormat.CSV, "csv").entries());
        assertEquals(original.entries(), roundTrip(shipped, GlossaryFormat.TSV, "tsv").entries());
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void omegatKeepsSourceFormsEnglishAndDescription(Path shipped) throws Exception {
        Glossary original = new GlossaryReader().readFile(shipped);
        Glossary back = roundTrip(shipped, GlossaryFormat.OMEGAT, "utf8");
        Map<String, Set<String>> formsByEnglish = new LinkedHashMap<>();
        Map<String, String> descriptionByEnglish = new LinkedHashMap<>();
        for (GlossaryEntry e : original.entries()) {
            formsByEnglish.computeIfAbsent(e.english(), k -> new LinkedHashSet<>()).addAll(e.sourceForms());
            descriptionByEnglish.putIfAbsent(e.english(), e.description());
        }
        assertEquals(formsByEnglish.size(), back.entries().size(), "one entry per canonical English form");
        for (GlossaryEntry e : back.entries()) {
            assertEquals(formsByEnglish.get(e.english()), new LinkedHashSet<>(e.sourceForms()), e.english());
            assertEquals(descriptionByEnglish.get(e.english()), e.description());
            assertEquals(EntryType.OTHER, e.type());
            assertEquals(List.of(), e.variants());
            assertEquals(List.of(), e.wrong());
        }
    }

    @Test
    void omegatLosesOnlyWhatTheDocumentationSays() throws Exception {
        int entries = 0;
        int imported = 0;
        int sameScripts = 0;
        List<String> report = new ArrayList<>();
        try (Stream<Path> files = shipped()) {
            for (Path p : files.toList()) {
                Glossary original = new GlossaryReader().readFile(p);
                Glossary back = roundTrip(p, GlossaryFormat.OMEGAT, "utf8");
                entries += original.entries().size();
                imported += back.entries().size();
                for (GlossaryEntry e : original.entries()) {
                    GlossaryEntry b = back.entries().stream().filter(x -> x.english().equals(e.english()))
                            .findFirst().orElseThrow();
                    if (b.zhHans().equals(e.zhHans()) && b.zhHant().equals(e.zhHant()) && b.ja().equals(e.ja())) {
                        sameScripts++;
                    }
                }
                report.add(p.getFileName() + " " + original.entries().size() + "→" + back.entries().size());
            }
        }
        System.out.println("OmegaT round trip: " + String.join(", ", report) + "; " + sameScripts + " of " + entries
                + " entries keep every source form in its script list");
        assertTrue(imported < entries, "entries that share their canonical English (titles: President, Defense "
                + "Minister …) become one");
        assertTrue(sameScripts > 0 && sameScripts < entries, "scripts are guessed, not held: " + sameScripts);
    }

    @Test
    void charactersThatNeedEscapingSurviveEveryLosslessFormat() throws Exception {
        GlossaryEntry odd = new GlossaryEntry("2plus2-odd", EntryType.ORGANIZATION, List.of("“引号”, 逗号|竖线"),
                List.of("貝森特\\反斜杠"), List.of("ヘグセス\t税"), "The \"Quoted\", One & <Co>",
                List.of("a|b", "back\\slash", "semi;colon"), List.of("𝒮cript 😀"), "desc, with \"quotes\"",
                "line one\nline two\r\nend");
        Glossary g = new Glossary(null, "odd", "", List.of(odd));
        for (GlossaryFormat f : List.of(GlossaryFormat.JSON, GlossaryFormat.TBX, GlossaryFormat.CSV,
                GlossaryFormat.TSV)) {
            Path out = dir.resolve("odd." + f.cliName());
            f.export(List.of(g), out);
            assertEquals(List.of(odd), f.reader().read(out, EntryType.OTHER).entries(), f.name());
        }
    }
}
