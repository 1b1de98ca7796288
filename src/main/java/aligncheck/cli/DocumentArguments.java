package aligncheck.cli;

import aligncheck.align.AlignedDocument;
import aligncheck.io.BilingualFileReader;
import aligncheck.io.InputException;
import aligncheck.pipeline.Pipeline;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The document arguments of {@code check} and {@code export}: {@code SOURCE TARGET}, two text files to segment
 * and align, or a single bilingual file (.tmx, .xlf, .xliff) that is aligned already.
 */
public final class DocumentArguments {
    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE",
            description = "The Chinese or Japanese original, or an aligned bilingual file (.tmx, .xlf, .xliff).")
    Path source;

    @Parameters(index = "1", paramLabel = "TARGET", arity = "0..1",
            description = "The English translation (not given with a bilingual file).")
    Path target;

    /** The aligned document the arguments name. */
    AlignedDocument load(Pipeline pipeline) throws InputException {
        if (target != null) {
            return pipeline.align(source, target);
        }
        if (!BilingualFileReader.isBilingualFile(source)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'TARGET' "
                    + "(only a bilingual .tmx, .xlf or .xliff file stands alone)");
        }
        return pipeline.load(source);
    }
}
