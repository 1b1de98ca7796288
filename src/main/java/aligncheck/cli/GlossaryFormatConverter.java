package aligncheck.cli;

import aligncheck.io.GlossaryFormat;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine;

/** {@code --format json|tbx|csv|tsv|omegat}. */
final class GlossaryFormatConverter implements CommandLine.ITypeConverter<GlossaryFormat> {
    @Override
    public GlossaryFormat convert(String value) {
        return GlossaryFormat.fromName(value).orElseThrow(() -> new CommandLine.TypeConversionException("'" + value
                + "' is not one of " + String.join(", ", new Candidates())));
    }

    /** The format names, for help and completion. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(GlossaryFormat.values()).map(GlossaryFormat::cliName).iterator();
        }
    }
}
