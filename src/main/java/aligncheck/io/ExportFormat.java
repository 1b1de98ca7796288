package aligncheck.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats an aligned pair can be exported to, with the file extensions that name them. */
public enum ExportFormat {
    /** TMX 1.4b: {@link TmxWriter}. */
    TMX(List.of("tmx")),
    /** XLIFF 2.0: {@link XliffWriter}. */
    XLIFF(List.of("xlf", "xliff")),
    /** The English as plain text in its original layout: {@link TargetTextWriter}. */
    TEXT(List.of("txt")),
    /** One line per link: {@link AlignmentTsvWriter}. */
    TSV(List.of("tsv"));

    private final List<String> extensions;

    ExportFormat(List<String> extensions) {
        this.extensions = extensions;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** A new writer for this format (a TMX one dates the file now). */
    public TranslationWriter writer() {
        return switch (this) {
            case TMX -> new TmxWriter();
            case XLIFF -> new XliffWriter();
            case TEXT -> new TargetTextWriter();
            case TSV -> new AlignmentTsvWriter();
        };
    }

    /** The format a file name's extension names ({@code out.tmx} → TMX), if any. */
    public static Optional<ExportFormat> forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = name.substring(dot + 1);
        for (ExportFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
