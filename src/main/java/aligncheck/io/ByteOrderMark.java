package aligncheck.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The byte order marks aligncheck recognises at the start of a file, and the charset each one declares. */
enum ByteOrderMark {
    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE);

    private final Charset charset;
    private final int[] bytes;

    ByteOrderMark(Charset charset, int... bytes) {
        this.charset = charset;
        this.bytes = bytes;
    }

    Charset charset() {
        return charset;
    }

    /** Number of bytes the mark occupies. */
    int length() {
        return bytes.length;
    }

    /** The mark {@code data} starts with, if any. */
    static Optional<ByteOrderMark> at(byte[] data) {
        for (ByteOrderMark bom : values()) {
            if (bom.isPrefixOf(data)) {
                return Optional.of(bom);
            }
        }
        return Optional.empty();
    }

    /** True if {@code data} starts with a UTF-32 byte order mark (00 00 FE FF or FF FE 00 00). */
    static boolean isUtf32(byte[] data) {
        return startsWith(data, 0x00, 0x00, 0xFE, 0xFF) || startsWith(data, 0xFF, 0xFE, 0x00, 0x00);
    }

    private boolean isPrefixOf(byte[] data) {
        return startsWith(data, bytes);
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
