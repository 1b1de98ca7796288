package aligncheck.io;

import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a glossary as CSV (RFC 4180) or TSV, UTF-8 without a byte order mark: a header row with the ten JSON field
 * names ({@link #COLUMNS}), then one row per entry. List fields (source forms, variants, wrong forms) hold their forms
 * joined by {@code |} ({@link ListField}). The table holds every field of every entry; it does not hold the
 * glossary's name or description.
 */
public final class CsvGlossaryWriter implements GlossaryFileWriter {
    /** The header row, in the order of the JSON format. */
    public static final List<String> COLUMNS = List.of("id", "type", "zh-Hans", "zh-Hant", "ja", "english",
            "variants", "wrong", "description", "note");

    private final DelimitedDialect dialect;

    private CsvGlossaryWriter(DelimitedDialect dialect) {
        this.dialect = dialect;
    }

    public static CsvGlossaryWriter csv() {
        return new CsvGlossaryWriter(DelimitedDialect.CSV);
    }

    public static CsvGlossaryWriter tsv() {
        return new CsvGlossaryWriter(DelimitedDialect.TSV);
    }

    @Override
    public void write(Glossary glossary, OutputStream out) throws IOException {
        StringBuilder s = new StringBuilder(1 << 16);
        s.append(dialect.record(COLUMNS));
        for (GlossaryEntry e : glossary.entries()) {
            s.append(dialect.record(List.of(e.id(), e.type().jsonName(), ListField.join(e.zhHans()),
                    ListField.join(e.zhHant()), ListField.join(e.ja()), e.english(), ListField.join(e.variants()),
                    ListField.join(e.wrong()), e.description(), e.note())));
        }
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    }
}
