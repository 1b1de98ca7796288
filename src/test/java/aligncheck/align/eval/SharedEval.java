package aligncheck.align.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Finds the shared gold data: the first {@code shared/eval} in the working directory or one of its parents. */
final class SharedEval {
    private SharedEval() {
    }

    /**
     * The gold set {@code name} under shared/eval, read; the calling test is skipped (not failed) when shared/eval
     * or the set is absent, as on a user's machine.
     */
    static GoldSet set(String name) {
        Path root = root().orElse(null);
        Assumptions.assumeTrue(root != null, "shared/eval not found");
        Path dir = root.resolve(name);
        Assumptions.assumeTrue(Files.isDirectory(dir), "no set " + dir);
        return GoldSet.read(dir);
    }

    static Optional<Path> root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("eval");
            if (Files.isRegularFile(candidate.resolve("score.py"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
