package aligncheck.cli;

import aligncheck.align.Lexicons;
import aligncheck.glossary.GlossaryException;
import aligncheck.glossary.GlossarySet;
import aligncheck.glossary.ShippedGlossaries;
import aligncheck.glossary.GlossaryReader;
import aligncheck.io.InputException;
import aligncheck.pipeline.Pipeline;
import aligncheck.text.Language;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options shared by the commands that read a document pair. */
public final class PipelineOptions {
    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--glossary", paramLabel = "FILE|DIR",
            description = "A glossary file or a directory of them (repeatable). Default: the shipped glossaries.")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--source-lang", paramLabel = "zh|ja",
            description = "The source language; detected when absent (kana → ja, otherwise Han → zh).")
    String sourceLang;

    @Option(names = "--lines", description = "The inputs are already one sentence per line: no segmentation.")
    boolean lines;

    @Option(names = "--source-encoding", paramLabel = "CHARSET", description = "Source charset; detected when absent.")
    String sourceEncoding;

    @Option(names = "--target-encoding", paramLabel = "CHARSET", description = "Target charset; detected when absent.")
    String targetEncoding;

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "An EDICT or CEDICT dictionary file (repeatable), used by the aligner for its source "
                    + "language besides the default lexicons (ECDICT; EDICT at " + Lexicons.EDICT
                    + " when installed).")
    List<Path> dictionaries = new ArrayList<>();

    private Lexicons lexicons;

    @Option(names = "--max-bead", paramLabel = "N", defaultValue = "8",
            description = "Most sentences (both sides together) in one alignment link (default: ${DEFAULT-VALUE}).")
    int maxBead;

    Pipeline pipeline() throws GlossaryException, InputException {
        return new Pipeline(options(), glossarySet());
    }

    /** The options as given, checked; the dictionaries given are read on the first call. */
    Pipeline.Options options() throws InputException {
        if (maxBead < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-bead must be at least 2");
        }
        Language lang = null;
        if (sourceLang != null) {
            if (!sourceLang.equalsIgnoreCase("zh") && !sourceLang.equalsIgnoreCase("ja")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--source-lang must be zh or ja, not '" + sourceLang + "'");
            }
            lang = Language.fromCode(sourceLang);
        }
        if (lexicons == null) {
            lexicons = Lexicons.withDictionaries(dictionaries);
        }
        return new Pipeline.Options(charset(sourceEncoding, "--source-encoding"),
                charset(targetEncoding, "--target-encoding"), lang, lines, maxBead, lexicons);
    }

    GlossarySet glossarySet() throws GlossaryException {
        if (glossaries.isEmpty()) {
            return ShippedGlossaries.load();
        }
        return new GlossaryReader().readAll(glossaries);
    }

    private Charset charset(String name, String option) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": unknown charset '" + name + "'");
        }
    }
}
