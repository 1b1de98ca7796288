package aligncheck.align.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared gold data: the first {@code shared/eval} in the working directory or one of its parents. */
final class SharedEval {
    private SharedEval() {
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
