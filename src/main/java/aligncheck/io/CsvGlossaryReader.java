package aligncheck.io;

import aligncheck.glossary.EntryType;
import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryException;
import aligncheck.glossary.LocatedEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a glossary from CSV (RFC 4180) or TSV as {@link CsvGlossaryWriter} writes it. The first row names the
 * columns, in any order, among {@link CsvGlossaryWriter#COLUMNS}; {@code english} and at least one of
 * {@code zh-Hans}, {@code zh-Hant}, {@code ja} are required, the others optional (an entry without an id gets one
 * made from its English form, one without a type the caller's). Every row must have as many fields as the header;
 * blank rows are skipped. Problems are named {@code file:line} (and column, for a broken quote).
 */
public final class CsvGlossaryReader implements GlossaryFileReader {
    private static final Set<String> SOURCE_COLUMNS = Set.of("zh-Hans", "zh-Hant", "ja");

    private final DelimitedDialect dialect;

    private CsvGlossaryReader(DelimitedDialect dialect) {
        this.dialect = dialect;
    }

    public static CsvGlossaryReader csv() {
        return new CsvGlossaryReader(DelimitedDialect.CSV);
    }

    public static CsvGlossaryReader tsv() {
        return new CsvGlossaryReader(DelimitedDialect.TSV);
    }

    @Override
    public Glossary read(Path file, EntryType typeWhenAbsent) throws GlossaryException {
        List<DelimitedDialect.Row> rows = dialect.parse(file, GlossaryTextReader.read(file));
        if (rows.isEmpty()) {
            throw new GlossaryException(file, 1, "empty file: expected a header row (" + String.join(",",
                    CsvGlossaryWriter.COLUMNS) + ")");
        }
        Map<String, Integer> column = header(file, rows.get(0));
        EntryIds ids = new EntryIds();
        List<LocatedEntry> entries = new ArrayList<>();
        for (DelimitedDialect.Row row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            if (row.fields().size() != column.size()) {
                throw new GlossaryException(file, row.line(), row.fields().size() + " fields, but the header has "
                        + column.size());
            }
            EntryDraft d = new EntryDraft();
            d.id = field(row, column, "id");
            String type = field(row, column, "type").strip();
            if (!type.isEmpty()) {
                try {
                    d.type = EntryType.fromJson(type);
                } catch (IllegalArgumentException e) {
                    throw new GlossaryException(file, row.line(), "entry \"" + d.id.strip() + "\": field \"type\": \""
                            + type + "\" is not one of person, organization, place, title, other");
                }
            }
            ListField.split(field(row, column, "zh-Hans")).forEach(f -> EntryDraft.add(d.zhHans, f));
            ListField.split(field(row, column, "zh-Hant")).forEach(f -> EntryDraft.add(d.zhHant, f));
            ListField.split(field(row, column, "ja")).forEach(f -> EntryDraft.add(d.ja, f));
            d.english = field(row, column, "english").strip();
            ListField.split(field(row, column, "variants")).forEach(f -> EntryDraft.add(d.variants, f));
            ListField.split(field(row, column, "wrong")).forEach(f -> EntryDraft.add(d.wrong, f));
            d.description = field(row, column, "description");
            d.note = field(row, column, "note");
            entries.add(d.toEntry(file, row.line(), typeWhenAbsent, ids));
        }
        return new Glossary(file, Glossary.nameOf(file), "", entries.stream().map(LocatedEntry::entry).toList(),
                entries.stream().map(LocatedEntry::location).toList());
    }

    private static Map<String, Integer> header(Path file, DelimitedDialect.Row row) throws GlossaryException {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < row.fields().size(); i++) {
            String name = row.fields().get(i).strip();
            if (!CsvGlossaryWriter.COLUMNS.contains(name)) {
                throw new GlossaryException(file, row.line(), "header: unknown column \"" + name
                        + "\" (expected some of " + String.join(", ", CsvGlossaryWriter.COLUMNS) + ")");
            }
            if (column.putIfAbsent(name, i) != null) {
                throw new GlossaryException(file, row.line(), "header: column \"" + name + "\" twice");
            }
        }
        if (!column.containsKey("english") || SOURCE_COLUMNS.stream().noneMatch(column::containsKey)) {
            throw new GlossaryException(file, row.line(), "header: needs the column \"english\" and at least one of "
                    + "\"zh-Hans\", \"zh-Hant\", \"ja\"");
        }
        return column;
    }

    private static String field(DelimitedDialect.Row row, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        return i == null ? "" : row.fields().get(i);
    }
}
