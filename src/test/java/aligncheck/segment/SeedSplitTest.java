package aligncheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Splits the shared English seed article and compares with a hand-made split stored as offsets only (the article
 * is third-party text and is not copied into the project). Skipped when the shared directory is not found above the
 * working directory.
 */
class SeedSplitTest {
    private static final Path SEED = Path.of("shared", "seed", "000_9ae90b344e27ba69.txt");

    @Test
    void englishSplitterMatchesTheHandMadeSplitOfTheSeed() throws Exception {
        Optional<Path> seed = findUpwards(SEED);
        assumeTrue(seed.isPresent(), "shared seed not found above " + Path.of("").toAbsolutePath());
        byte[] bytes = Files.readAllBytes(seed.get());
        String text = new String(bytes, StandardCharsets.UTF_8);
        Expected expected = Expected.load("seed-000.expected-spans.txt");
        assertEquals(expected.sha256(), sha256(bytes), "the seed file changed: redo the hand-made split");
        assertEquals(expected.length(), text.length());

        List<Sentence> corrected = new EnglishSplitter().split(text);
        List<Sentence> bare = EnglishSplitter.modelOnly().split(text);
        int right = rightOf(expected.spans(), corrected);
        int bareRight = rightOf(expected.spans(), bare);
        System.out.printf("seed 000: bare model %d/%d, corrected %d/%d%n", bareRight, expected.spans().size(),
                right, expected.spans().size());

        assertEquals(expected.spans(), corrected.stream().map(Sentence::span).toList());
        assertTrue(bareRight < right);
    }

    private static int rightOf(List<Span> expected, List<Sentence> split) {
        List<Span> found = split.stream().map(Sentence::span).toList();
        return (int) expected.stream().filter(found::contains).count();
    }

    private static Optional<Path> findUpwards(Path relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The stored expectation: text length, SHA-256 of the file, then one "start end" line per sentence. */
    private record Expected(int length, String sha256, List<Span> spans) {
        static Expected load(String resource) throws IOException {
            int length = -1;
            String sha = null;
            List<Span> spans = new ArrayList<>();
            try (InputStream in = SeedSplitTest.class.getResourceAsStream(resource)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String[] f = line.strip().split(" ");
                    if (line.startsWith("#") || line.isBlank()) {
                        continue;
                    } else if (f[0].equals("length")) {
                        length = Integer.parseInt(f[1]);
                    } else if (f[0].equals("sha256")) {
                        sha = f[1];
                    } else {
                        spans.add(new Span(Integer.parseInt(f[0]), Integer.parseInt(f[1])));
                    }
                }
            }
            return new Expected(length, sha, List.copyOf(spans));
        }
    }
}
