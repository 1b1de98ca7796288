package aligncheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import aligncheck.check.Finding;
import aligncheck.glossary.ShippedGlossaries;
import aligncheck.report.FindingLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped corpora end to end: every corpus under {@code corpora/} is checked with the shipped glossaries and
 * its findings must equal its {@code expected.tsv} exactly, none more, none fewer, and its alignment the
 * intended one in {@code alignment.txt}.
 */
class CorporaTest {
    private static final Path CORPORA = Path.of("corpora");

    @TestFactory
    Stream<DynamicTest> eachCorpusGivesExactlyTheExpectedFindings() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(CORPORA)) {
            dirs = s.filter(d -> Files.exists(d.resolve("expected.tsv"))).sorted().toList();
        }
        assertFalse(dirs.isEmpty(), "no corpus with expected.tsv under " + CORPORA.toAbsolutePath());
        return dirs.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
    }

    private static void check(Path dir) throws Exception {
        Path source;
        try (Stream<Path> s = Files.list(dir)) {
            source = s.filter(p -> p.getFileName().toString().matches("source\\.(zh|ja)\\.txt")).findFirst()
                    .orElseThrow();
        }
        Pipeline pipeline = new Pipeline(Pipeline.Options.defaults(), ShippedGlossaries.load());
        CheckResult result = pipeline.check(source, dir.resolve("target.en.txt"));
        List<String> actual = new ArrayList<>();
        for (Finding f : result.findings()) {
            actual.add(String.join("\t", String.valueOf(FindingLocation.of(result.document(), f).line()),
                    f.checkId(), nz(f.sourceText()), nz(f.targetText()), nz(f.suggestion())));
        }
        List<String> expected = Files.readAllLines(dir.resolve("expected.tsv")).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> String.join("\t", (l + "\t\t\t\t").split("\t", -1)).replaceAll(
                        "^((?:[^\t]*\t){4}[^\t]*).*$", "$1"))
                .toList();
        assertEquals(String.join("\n", expected.stream().sorted().toList()),
                String.join("\n", actual.stream().sorted().toList()), "findings of " + dir);
        assertEquals(Files.readString(dir.resolve("alignment.txt")).strip(),
                result.document().alignment().format().strip(), "alignment of " + dir + " (see its alignment.txt)");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
