package aligncheck.batch;

import aligncheck.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One source/translation pair of a batch.
 *
 * @param name    a short name, unique in its batch, for its report file: the folder for {@code source.zh.txt} +
 *                {@code target.en.txt}, else the file stem; relative to the folder searched, '/'-separated
 * @param options the pipeline options for this pair, or null for the batch's own
 */
public record DocumentPair(String name, Path source, Path target, Pipeline.Options options) {
    public DocumentPair {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }
}
