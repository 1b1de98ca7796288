package aligncheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aligncheck batch} on a copy of the shipped corpora plus a broken pair. */
class BatchCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    Path in;

    @BeforeEach
    void copyCorpora() throws IOException {
        in = tmp.resolve("in");
        try (Stream<Path> s = Files.walk(Path.of("corpora"))) {
            for (Path p : s.toList()) {
                Path to = in.resolve(Path.of("corpora").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    /** A pair whose source has a NUL byte on line 3: bad input. Sorted first (the root folder comes first). */
    private void addBrokenPair() throws IOException {
        Files.write(in.resolve("broken.zh.txt"),
                "美国国防部长赫格塞思出席了会议。\n第二段。\n坏\0掉了\n".getBytes(StandardCharsets.UTF_8));
        Files.writeString(in.resolve("broken.en.txt"), "Defense Secretary Hegseth attended.\n");
    }

    @Test
    void brokenPairIsReportedOnOneLineSkippedAndExitsThree() throws Exception {
        addBrokenPair();
        Path out = tmp.resolve("reports");
        CliTest.Run r = CliTest.run("batch", in.toString(), "--report-dir", out.toString(), "--format", "json",
                "--threads", "2");
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        List<String> errLines = r.err().lines().filter(l -> l.startsWith("aligncheck: ")).toList();
        assertEquals(List.of("aligncheck: " + in.resolve("broken.zh.txt") + ":3: binary content (NUL byte at byte "
                + "offset 65), not a text file (skipped)"), errLines);
        assertFalse(r.err().contains("Exception"), r.err());

        assertEquals(List.of("combined.json", "ja-japan-us-talks.json", "zh-us-japan-tariffs.json"), list(out));
        JsonNode combined = MAPPER.readTree(out.resolve("combined.json").toFile());
        JsonNode docs = combined.get("documents");
        assertEquals(3, docs.size());
        assertEquals(in.resolve("broken.zh.txt").toString(), docs.get(0).at("/error/file").asText());
        assertEquals(3, docs.get(0).at("/error/line").asInt());
        assertEquals(in.resolve("ja-japan-us-talks/target.en.txt").toString(), docs.get(1).get("target").asText());
        assertEquals(in.resolve("zh-us-japan-tariffs/target.en.txt").toString(), docs.get(2).get("target").asText());
        assertEquals(1, combined.at("/summary/failed").asInt());
        assertEquals(15, combined.at("/summary/findings").asInt());

        for (int i = 1; i <= 2; i++) {
            JsonNode doc = docs.get(i);
            String name = Path.of(doc.get("target").asText()).getParent().getFileName().toString();
            JsonNode own = MAPPER.readTree(out.resolve(name + ".json").toFile());
            assertEquals(doc, own, "the per-document report is the combined one's entry");
            CliTest.Run single = CliTest.run("check", "--format", "json", doc.get("source").asText(),
                    doc.get("target").asText());
            assertEquals(MAPPER.readTree(single.out()), own, "batch checks exactly as check does");
        }
        assertEquals(8, docs.get(1).get("findings").size());
        assertEquals(7, docs.get(2).get("findings").size());
    }

    @Test
    void orderAndReportsDoNotDependOnTheThreads() throws Exception {
        addBrokenPair();
        for (int i = 0; i < 3; i++) {
            Path d = Files.createDirectories(in.resolve("more/doc" + i));
            Files.copy(Path.of("corpora/zh-us-japan-tariffs/source.zh.txt"), d.resolve("source.zh.txt"));
            Files.copy(Path.of("corpora/zh-us-japan-tariffs/target.en.txt"), d.resolve("target.en.txt"));
        }
        CliTest.Run one = CliTest.run("batch", in.toString(), "--format", "sarif", "--threads", "1");
        CliTest.Run two = CliTest.run("batch", in.toString(), "--format", "sarif", "--threads", "2");
        assertEquals(ExitCode.BAD_INPUT, one.code());
        assertEquals(one.out(), two.out());
        JsonNode results = MAPPER.readTree(two.out()).at("/runs/0/results");
        List<String> uris = new ArrayList<>();
        results.forEach(x -> {
            String u = x.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            if (uris.isEmpty() || !uris.get(uris.size() - 1).equals(u)) {
                uris.add(u);
            }
        });
        assertEquals(5, uris.size(), uris.toString());
        assertTrue(uris.get(0).endsWith("ja-japan-us-talks/target.en.txt"), uris.toString());
        assertTrue(uris.get(1).endsWith("more/doc0/target.en.txt"), uris.toString());
        assertTrue(uris.get(3).endsWith("more/doc2/target.en.txt"), uris.toString());
        assertTrue(uris.get(4).endsWith("zh-us-japan-tariffs/target.en.txt"), uris.toString());
    }

    @Test
    void exitCodeIsTheWorstPairsWithoutBadInput() {
        assertEquals(ExitCode.FINDINGS, CliTest.run("batch", in.toString()).code());
        assertEquals(ExitCode.CLEAN, CliTest.run("batch", in.toString(), "--fail-on", "never").code());
    }

    @Test
    void nonTerminalProgressIsOnePlainLinePerPair() {
        CliTest.Run r = CliTest.run("batch", in.toString(), "--format", "csv");
        List<String> progress = r.err().lines().filter(l -> l.startsWith("[")).toList();
        assertEquals(2, progress.size(), r.err());
        assertTrue(progress.stream().allMatch(l -> l.matches("\\[[12]/2\\] .+: \\d+ errors, \\d+ warnings")), r.err());
        assertFalse(r.err().contains("\r"));
        assertTrue(r.err().strip().endsWith("2 pairs: 2 checked, 0 not checked; 13 errors, 2 warnings"), r.err());
    }

    @Test
    void manifestListsPairsWithOptionsAndABadLineIsSkipped() throws Exception {
        Path m = Files.writeString(in.resolve("pairs.tsv"), """
                # source<TAB>target<TAB>options
                zh-us-japan-tariffs/source.zh.txt\tzh-us-japan-tariffs/target.en.txt\tsource-lang=zh
                ja-japan-us-talks/source.ja.txt\tja-japan-us-talks/target.en.txt
                only-one-column.txt
                ja-japan-us-talks/source.ja.txt\tja-japan-us-talks/target.en.txt\tsource-lang=ko
                """);
        Path out = tmp.resolve("m");
        CliTest.Run r = CliTest.run("batch", "--manifest", m.toString(), "--report-dir", out.toString(),
                "--format", "junit");
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        List<String> errLines = r.err().lines().filter(l -> l.startsWith("aligncheck: ")).toList();
        assertEquals(2, errLines.size(), r.err());
        assertTrue(errLines.get(0).startsWith("aligncheck: " + m + ":4: expected source<TAB>target"), errLines.get(0));
        assertTrue(errLines.get(1).startsWith("aligncheck: " + m + ":5: source-lang must be zh or ja"), errLines.get(1));
        assertEquals(List.of("combined.xml", "ja-japan-us-talks.xml", "zh-us-japan-tariffs.xml"), list(out));
        String xml = Files.readString(out.resolve("combined.xml"));
        assertTrue(xml.contains("<testsuites name=\"aligncheck\" tests=\"71\" failures=\"13\" errors=\"2\""), xml);
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCode.USAGE, CliTest.run("batch").code());
        assertEquals(ExitCode.USAGE, CliTest.run("batch", tmp.resolve("nope").toString()).code());
        assertEquals(ExitCode.USAGE, CliTest.run("batch", in.toString(), "--threads", "0").code());
        assertEquals(ExitCode.USAGE, CliTest.run("batch", in.toString(), "--format", "xml").code());
    }

    @Test
    void terminalProgressIsOneLineRedrawn() {
        StringWriter s = new StringWriter();
        BatchProgress p = new BatchProgress(new PrintWriter(s), true, 2);
        var pair = new aligncheck.batch.DocumentPair("a", Path.of("a.zh.txt"), Path.of("a.en.txt"), null);
        p.finished(pair, new aligncheck.batch.Outcome.Failed(
                new aligncheck.report.InputFailure("a.zh.txt", "a.en.txt", "a.zh.txt", 2, "bad"), false));
        p.finished(pair, new aligncheck.batch.Outcome.Failed(
                new aligncheck.report.InputFailure("a.zh.txt", "a.en.txt", "a.zh.txt", 0, "gone"), false));
        p.end();
        String[] lines = s.toString().split("\n");
        assertEquals("aligncheck: a.zh.txt:2: bad (skipped)", lines[0]);
        assertTrue(lines[1].startsWith("\r") && lines[1].contains("aligncheck: a.zh.txt: gone (skipped)"), lines[1]);
        assertTrue(lines[2].contains("\r[##############################] 2/2 pairs, 2 not checked"), lines[2]);
        assertEquals(3, lines.length);
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
