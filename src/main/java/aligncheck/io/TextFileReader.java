package aligncheck.io;

import aligncheck.text.LoadedText;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads a text file into a {@link LoadedText}, detecting its encoding unless one is forced.
 *
 * <p>Detection, in order: a byte order mark (UTF-8, UTF-16LE, UTF-16BE) decides; bytes that are valid UTF-8 and
 * contain no NUL are UTF-8; otherwise {@link EncodingDetector} picks among GB18030 (which also reads GBK), Big5,
 * Shift_JIS, EUC-JP and BOM-less UTF-16. Every decoding is strict: bytes are never replaced by U+FFFD.
 *
 * <p>The loaded text is exactly the file's characters: a leading byte order mark (U+FEFF) is removed, nothing
 * else is touched (line ends, white space and compatibility characters stay as they are).
 *
 * <p>Every problem is reported as an {@link InputException} whose message names the file, and the line when there
 * is one: missing file, directory, unreadable file, bytes invalid in the forced or declared charset, bytes that fit
 * no supported encoding, binary content (NUL). An empty file is a valid, empty text.
 */
public final class TextFileReader {
    private TextFileReader() {
    }

    /**
     * Reads {@code path}.
     *
     * @param path   the file, as named by the user (used as is in messages and in the result)
     * @param forced the charset to decode with, or null to detect it; with a forced charset a leading U+FEFF is
     *               still removed
     * @throws InputException if the file cannot be read or decoded, or is not text
     */
    public static LoadedText read(Path path, Charset forced) throws InputException {
        byte[] bytes = readBytes(path);
        Decoded decoded = forced != null
                ? decodeStrictly(path, bytes, 0, forced, "as " + forced.name())
                : detectAndDecode(path, bytes);
        String text = decoded.text().startsWith("\uFEFF") ? decoded.text().substring(1) : decoded.text();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new InputException(path, lineAt(text.substring(0, nul)),
                    "binary content (NUL character), not a text file");
        }
        return new LoadedText(path, text, decoded.charset());
    }

    private record Decoded(String text, Charset charset) {
    }

    /** The file's bytes; a missing, unreadable or directory path is an {@link InputException}. */
    static byte[] readBytes(Path path) throws InputException {
        if (Files.isDirectory(path)) {
            throw new InputException(path, 0, "is a directory, not a text file");
        }
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(path, 0, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(path, 0, "cannot read file: permission denied", e);
        } catch (IOException e) {
            throw new InputException(path, 0, "cannot read file: " + e.getMessage(), e);
        }
    }

    private static Decoded detectAndDecode(Path path, byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            return new Decoded("", StandardCharsets.UTF_8);
        }
        if (ByteOrderMark.isUtf32(bytes)) {
            throw new InputException(path, 0, "UTF-32 text is not supported; save the file as UTF-8");
        }
        Optional<ByteOrderMark> bom = ByteOrderMark.at(bytes);
        if (bom.isPresent()) {
            Charset charset = bom.get().charset();
            return decodeStrictly(path, bytes, bom.get().length(), charset,
                    "as " + charset.name() + " (declared by its byte order mark)");
        }
        int nul = indexOfNul(bytes);
        StrictDecoder.Result utf8 = StrictDecoder.decode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.ok() && nul < 0) {
            return new Decoded(utf8.text(), StandardCharsets.UTF_8);
        }
        Optional<CandidateEncoding.Decoding> detected = EncodingDetector.detect(bytes);
        if (detected.isPresent()) {
            return new Decoded(detected.get().text(), detected.get().charset());
        }
        if (nul >= 0) {
            throw new InputException(path, lineAt(latin1(bytes, nul)),
                    "binary content (NUL byte at byte offset " + nul + "), not a text file");
        }
        throw new InputException(path, lineAt(utf8.text()), "cannot detect the encoding: "
                + describe(bytes, utf8) + " is not valid UTF-8, and the file is not plausible as UTF-16, GB18030,"
                + " Big5, Shift_JIS or EUC-JP; name its encoding explicitly");
    }

    private static Decoded decodeStrictly(Path path, byte[] bytes, int from, Charset charset, String how)
            throws InputException {
        StrictDecoder.Result result = StrictDecoder.decode(bytes, from, charset);
        if (!result.ok()) {
            throw new InputException(path, lineAt(result.text()), "cannot decode " + how + ": "
                    + describe(bytes, result) + " is invalid");
        }
        return new Decoded(result.text(), charset);
    }

    /** "byte(s) 0x.. 0x.. at byte offset N" for the bad sequence of a failed decoding. */
    private static String describe(byte[] bytes, StrictDecoder.Result failed) {
        int length = Math.max(1, Math.min(failed.badLength(), bytes.length - failed.badOffset()));
        StringBuilder sb = new StringBuilder(length == 1 ? "byte" : "bytes");
        for (int i = failed.badOffset(); i < failed.badOffset() + length; i++) {
            sb.append(String.format(" 0x%02X", bytes[i] & 0xFF));
        }
        return sb.append(" at byte offset ").append(failed.badOffset()).toString();
    }

    /** The 1-based line on which text following {@code before} starts. */
    private static int lineAt(String before) {
        return new LoadedText(null, before, null).lineOf(before.length());
    }

    /**
     * The first {@code end} bytes as ISO-8859-1: one char per byte, so line ends are found where they are in any
     * ASCII-compatible encoding.
     */
    private static String latin1(byte[] bytes, int end) {
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
