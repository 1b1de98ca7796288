package aligncheck.cli;

import aligncheck.glossary.EntryType;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine;

/** {@code --type person|organization|place|title|other}, as written in the glossary files. */
final class EntryTypeConverter implements CommandLine.ITypeConverter<EntryType> {
    @Override
    public EntryType convert(String value) {
        try {
            return EntryType.fromJson(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not one of " + String.join(", ",
                    new Candidates()));
        }
    }

    /** The type names, for help and completion. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(EntryType.values()).map(EntryType::jsonName).iterator();
        }
    }
}
