package aligncheck.io;

import aligncheck.glossary.AtomicFileWriter;
import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryReader;
import aligncheck.glossary.GlossaryWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The glossary file formats aligncheck imports and exports, and what each holds of a glossary.
 *
 * <table>
 *   <caption>What survives a write and a read</caption>
 *   <tr><th>format</th><th>entries</th><th>not held</th></tr>
 *   <tr><td>json</td><td>everything</td><td>—</td></tr>
 *   <tr><td>tbx</td><td>everything</td><td>—</td></tr>
 *   <tr><td>csv, tsv</td><td>every field</td><td>the glossary's description</td></tr>
 *   <tr><td>omegat</td><td>source forms, canonical English, description</td><td>ids, types, variants, wrong forms,
 *       notes, the script of a source form, entries that share their canonical English, the glossary's
 *       description</td></tr>
 * </table>
 * The glossary name is the file name, except in TBX, which holds it.
 */
public enum GlossaryFormat {
    JSON((file, type) -> new GlossaryReader().readFile(file), new GlossaryWriter()::write, "json"),
    TBX(new TbxGlossaryReader(), new TbxGlossaryWriter(), "tbx", "xml"),
    CSV(CsvGlossaryReader.csv(), CsvGlossaryWriter.csv(), "csv"),
    TSV(CsvGlossaryReader.tsv(), CsvGlossaryWriter.tsv(), "tsv"),
    OMEGAT(new OmegaTGlossaryReader(), new OmegaTGlossaryWriter(), "txt", "utf8", "tab");

    private final GlossaryFileReader reader;
    private final GlossaryFileWriter writer;
    private final List<String> extensions;

    GlossaryFormat(GlossaryFileReader reader, GlossaryFileWriter writer, String... extensions) {
        this.reader = reader;
        this.writer = writer;
        this.extensions = List.of(extensions);
    }

    /** The name on the command line: {@code json}, {@code tbx}, {@code csv}, {@code tsv}, {@code omegat}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GlossaryFormat> fromName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The format a file name's extension stands for: .json, .tbx/.xml, .csv, .tsv, .txt/.utf8/.tab (OmegaT). */
    public static Optional<GlossaryFormat> ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    public GlossaryFileReader reader() {
        return reader;
    }

    public GlossaryFileWriter writer() {
        return writer;
    }

    /**
     * Writes {@code glossaries} as one glossary to {@code out}, atomically ({@link AtomicFileWriter}): their entries
     * in order, named after {@code out}, with the description of the only glossary (none for several).
     */
    public Glossary export(List<Glossary> glossaries, Path out) throws IOException {
        Glossary all = new Glossary(out, Glossary.nameOf(out),
                glossaries.size() == 1 ? glossaries.get(0).description() : "",
                glossaries.stream().flatMap(g -> g.entries().stream()).toList());
        AtomicFileWriter.write(out, stream -> writer.write(all, stream));
        return all;
    }
}
