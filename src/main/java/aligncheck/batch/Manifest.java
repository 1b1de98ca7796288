package aligncheck.batch;

import aligncheck.pipeline.Pipeline;
import aligncheck.report.InputFailure;
import aligncheck.text.Language;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch manifest: UTF-8 text, one pair per line, {@code source<TAB>target[<TAB>options]}. Paths are relative to
 * the manifest's folder. Blank lines and lines starting with {@code #} are skipped. Options are space-separated:
 * {@code source-lang=zh|ja}, {@code lines}, {@code source-encoding=CHARSET}, {@code target-encoding=CHARSET},
 * {@code max-bead=N}; they replace the batch's options for that pair only. A malformed line is a problem naming the
 * manifest and the line; the other lines still count.
 */
public final class Manifest {
    /** The pairs listed, in order, and the lines that could not be read. */
    public record Read(List<DocumentPair> pairs, List<InputFailure> problems) {
        public Read {
            pairs = List.copyOf(pairs);
            problems = List.copyOf(problems);
        }
    }

    private Manifest() {
    }

    /** @throws IOException when the manifest itself cannot be read */
    public static Read read(Path manifest, Pipeline.Options defaults) throws IOException {
        Path base = manifest.toAbsolutePath().getParent();
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        List<DocumentPair> pairs = new ArrayList<>();
        List<InputFailure> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String where = manifest.toString();
            if (cols.length < 2 || cols.length > 3 || cols[0].isBlank() || cols[1].isBlank()) {
                problems.add(new InputFailure(cols[0], cols.length > 1 ? cols[1] : "", where, i + 1,
                        "expected source<TAB>target[<TAB>options], got " + cols.length + " column(s)"));
                continue;
            }
            Path source = resolve(base, manifest, cols[0].strip());
            Path target = resolve(base, manifest, cols[1].strip());
            try {
                Pipeline.Options options = cols.length == 3 && !cols[2].isBlank() ? options(cols[2], defaults) : null;
                String name = source.getFileName().toString().replaceFirst("\\.(zh|ja)\\.txt$", "")
                        .replaceFirst("\\.txt$", "");
                if (name.equals("source") && source.getParent() != null && source.getParent().getFileName() != null) {
                    name = source.getParent().getFileName().toString();
                }
                pairs.add(new DocumentPair(name, source, target, options));
            } catch (IllegalArgumentException e) {
                problems.add(new InputFailure(source.toString(), target.toString(), where, i + 1, e.getMessage()));
            }
        }
        return new Read(pairs, problems);
    }

    /** Relative paths resolve against the manifest's folder, keeping the manifest's own form (relative stays so). */
    private static Path resolve(Path base, Path manifest, String p) {
        Path path = Path.of(p);
        if (path.isAbsolute()) {
            return path;
        }
        Path parent = manifest.getParent();
        return parent == null ? path : parent.resolve(path).normalize();
    }

    static Pipeline.Options options(String spec, Pipeline.Options d) {
        Charset se = d.sourceEncoding();
        Charset te = d.targetEncoding();
        Language lang = d.sourceLanguage();
        boolean lines = d.lines();
        int maxBead = d.maxBead();
        for (String opt : spec.trim().split("\\s+")) {
            String[] kv = opt.split("=", 2);
            String value = kv.length == 2 ? kv[1] : null;
            switch (kv[0]) {
                case "lines" -> lines = true;
                case "source-lang" -> {
                    if (!"zh".equals(value) && !"ja".equals(value)) {
                        throw new IllegalArgumentException("source-lang must be zh or ja, not '" + value + "'");
                    }
                    lang = Language.fromCode(value);
                }
                case "source-encoding" -> se = charset(opt, value);
                case "target-encoding" -> te = charset(opt, value);
                case "max-bead" -> {
                    try {
                        maxBead = Integer.parseInt(value == null ? "" : value);
                    } catch (NumberFormatException e) {
                        maxBead = 0;
                    }
                    if (maxBead < 2) {
                        throw new IllegalArgumentException("max-bead must be a number of at least 2, not '" + value
                                + "'");
                    }
                }
                default -> throw new IllegalArgumentException("unknown option '" + opt + "' (known: source-lang=zh|ja,"
                        + " lines, source-encoding=, target-encoding=, max-bead=)");
            }
        }
        return new Pipeline.Options(se, te, lang, lines, maxBead, d.lexicons());
    }

    private static Charset charset(String opt, String name) {
        try {
            return Charset.forName(name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(opt + ": unknown charset");
        }
    }
}
