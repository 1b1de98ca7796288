package aligncheck.gui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shipped corpora, for "Open sample": {@code corpora/} in the working folder, beside the jar's folder
 * ({@code target/aligncheck.jar} → {@code corpora/}), or in the folder named by {@code aligncheck.corpora}.
 */
public final class Samples {
    public static final String CHINESE = "zh-us-japan-tariffs";
    public static final String JAPANESE = "ja-japan-us-talks";

    private Samples() {
    }

    /** The source and target of a shipped corpus, when it can be found. */
    public static Optional<RecentPairs.Pair> find(String corpus) {
        for (Path root : roots()) {
            Path dir = root.resolve(corpus);
            if (Files.isDirectory(dir)) {
                try (var s = Files.list(dir)) {
                    List<Path> files = s.map(Path::getFileName).map(Path::toString).sorted()
                            .map(dir::resolve).toList();
                    Path src = files.stream().filter(p -> p.getFileName().toString().matches("source\\..*\\.txt"))
                            .findFirst().orElse(null);
                    Path tgt = dir.resolve("target.en.txt");
                    if (src != null && Files.isRegularFile(tgt)) {
                        return Optional.of(new RecentPairs.Pair(src, tgt));
                    }
                } catch (java.io.IOException e) {
                    // try the next root
                }
            }
        }
        return Optional.empty();
    }

    private static List<Path> roots() {
        List<Path> roots = new ArrayList<>();
        String p = System.getProperty("aligncheck.corpora");
        if (p != null) {
            roots.add(Path.of(p));
        }
        roots.add(Path.of("corpora"));
        try {
            Path code = Path.of(Samples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path d = code.getParent(); d != null; d = d.getParent()) {
                roots.add(d.resolve("corpora"));
                if (roots.size() > 6) {
                    break;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source: the working folder only
        }
        return roots;
    }
}
