package aligncheck.report;

import aligncheck.glossary.ShippedGlossaries;
import aligncheck.pipeline.CheckResult;
import aligncheck.pipeline.Pipeline;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The shipped corpora, checked once per test JVM, and reports of them as strings. */
final class ShippedCorpora {
    private static List<CheckResult> results;

    private ShippedCorpora() {
    }

    /** One result per corpus folder, in folder name order. */
    static synchronized List<CheckResult> results() throws Exception {
        if (results == null) {
            Pipeline pipeline = new Pipeline(Pipeline.Options.defaults(), ShippedGlossaries.load());
            List<CheckResult> out = new ArrayList<>();
            List<Path> dirs;
            try (Stream<Path> s = Files.list(Path.of("corpora"))) {
                dirs = s.filter(Files::isDirectory).sorted().toList();
            }
            for (Path d : dirs) {
                Path source;
                try (Stream<Path> s = Files.list(d)) {
                    source = s.filter(p -> p.getFileName().toString().matches("source\\.(zh|ja)\\.txt")).findFirst()
                            .orElseThrow();
                }
                out.add(pipeline.check(source, d.resolve("target.en.txt")));
            }
            results = List.copyOf(out);
        }
        return results;
    }

    static String write(ReportWriter writer, CheckResult result) {
        StringWriter w = new StringWriter();
        try {
            writer.write(result, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** A combined report of the given results, then the failures. */
    static String combined(ReportWriter writer, List<CheckResult> rs, List<InputFailure> failures) throws IOException {
        StringWriter w = new StringWriter();
        try (CombinedReport r = writer.combined(w)) {
            for (CheckResult x : rs) {
                r.add(x);
            }
            for (InputFailure f : failures) {
                r.addFailure(f);
            }
        }
        return w.toString();
    }

    /** A pair whose English holds markup and quotes around a known wrong rendering ("Hagel" for 赫格塞思). */
    static CheckResult hostile(Path dir) throws Exception {
        Path s = Files.writeString(dir.resolve("s.zh.txt"), "美国国防部长赫格塞思出席了会议。\n");
        Path t = Files.writeString(dir.resolve("t.en.txt"),
                "U.S. Defense Secretary <script>alert(\"x\")</script> & \"Hagel\", attended the meeting.\n");
        return new Pipeline(Pipeline.Options.defaults(), ShippedGlossaries.load()).check(s, t);
    }
}
