package aligncheck.io;

import aligncheck.glossary.GlossaryException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a delimited glossary file (CSV, TSV, OmegaT) as text: UTF-8 with or without a byte order mark, or the
 * charset named by an Emacs-style magic comment on the first line ({@code # … -*- coding: utf-8 -*-}, as OmegaT
 * writes). Bytes that do not decode are an error naming the line.
 */
final class GlossaryTextReader {
    private static final Pattern CODING = Pattern.compile("-\\*-.*coding:\\s*([-\\w.:]+)");

    private GlossaryTextReader() {
    }

    static String read(Path file) throws GlossaryException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new GlossaryException(file, 0, "no such file");
        } catch (IOException e) {
            throw new GlossaryException(file, 0, "cannot read: " + e.getMessage());
        }
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        Charset charset = declaredCharset(file, bytes, from);
        StrictDecoder.Result r = StrictDecoder.decode(bytes, from, charset);
        if (!r.ok()) {
            int line = 1;
            for (int i = from; i < r.badOffset(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new GlossaryException(file, line, String.format("not valid %s (byte 0x%02X)", charset.name(),
                    bytes[r.badOffset()] & 0xFF));
        }
        return r.text();
    }

    private static Charset declaredCharset(Path file, byte[] bytes, int from) throws GlossaryException {
        int end = from;
        while (end < bytes.length && bytes[end] != '\n' && end - from < 200) {
            end++;
        }
        Matcher m = CODING.matcher(new String(bytes, from, end - from, StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new GlossaryException(file, 1, "unknown charset \"" + m.group(1) + "\" in the coding comment");
        }
    }
}
