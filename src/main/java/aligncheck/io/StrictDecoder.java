package aligncheck.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes with a charset, stopping at the first malformed or unmappable byte sequence instead of
 * replacing it with U+FFFD.
 */
final class StrictDecoder {
    private StrictDecoder() {
    }

    /**
     * The outcome of a strict decoding.
     *
     * @param text      the whole decoded text when {@link #ok()}; otherwise the text decoded before the bad bytes
     * @param badOffset offset in the input array of the first bad byte, or -1 when everything decoded
     * @param badLength number of bytes in the bad sequence (0 when ok)
     */
    record Result(String text, int badOffset, int badLength) {
        boolean ok() {
            return badOffset < 0;
        }
    }

    /** Decodes {@code bytes[from..]} strictly with {@code charset}. */
    static Result decode(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Result(out.flip().toString(), in.position(), result.length());
        }
        if (result.isOverflow()) {
            // maxCharsPerByte() is a contractual upper bound, so this means a broken charset provider
            throw new IllegalStateException(charset + " produced more chars than it declares");
        }
        return new Result(out.flip().toString(), -1, 0);
    }
}
