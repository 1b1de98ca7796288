package aligncheck.io;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An encoding the {@link EncodingDetector} considers, with the characters that are common in texts written in it.
 *
 * <p>Some candidates have a Windows variant that extends the standard one with characters real files contain
 * (Shift_JIS → windows-31j for ①, 髙, ～; Big5 → windows-950 for €, 碁, 裏; EUC-JP → eucJP-open); the variant
 * is used only when the standard charset rejects the bytes. GBK needs no variant: GB18030 decodes it.
 */
enum CandidateEncoding {
    GB18030("GB18030", CommonCharacters.SIMPLIFIED_CHINESE, "GB18030"),
    BIG5("Big5", CommonCharacters.TRADITIONAL_CHINESE, "Big5", "x-windows-950"),
    SHIFT_JIS("Shift_JIS", CommonCharacters.JAPANESE, "Shift_JIS", "windows-31j"),
    EUC_JP("EUC-JP", CommonCharacters.JAPANESE, "EUC-JP", "x-eucJP-Open"),
    UTF_16LE("UTF-16LE", CommonCharacters.ANY, "UTF-16LE"),
    UTF_16BE("UTF-16BE", CommonCharacters.ANY, "UTF-16BE");

    private final String icuName;
    private final CommonCharacters common;
    private final List<Charset> charsets;

    CandidateEncoding(String icuName, CommonCharacters common, String... charsetNames) {
        this.icuName = icuName;
        this.common = common;
        List<Charset> available = new ArrayList<>();
        for (String name : charsetNames) {
            if (Charset.isSupported(name)) {
                available.add(Charset.forName(name));
            }
        }
        this.charsets = List.copyOf(available);
    }

    /** The name ICU's {@code CharsetDetector} reports for this encoding. */
    String icuName() {
        return icuName;
    }

    /**
     * Decodes {@code bytes} strictly with the first charset of this candidate that accepts all of them.
     * Empty if none does, or if the text contains U+0000 (no real text does).
     */
    Optional<Decoding> decode(byte[] bytes) {
        for (Charset charset : charsets) {
            StrictDecoder.Result result = StrictDecoder.decode(bytes, 0, charset);
            if (result.ok()) {
                String text = result.text();
                return text.indexOf('\0') >= 0
                        ? Optional.empty()
                        : Optional.of(new Decoding(this, charset, text, plausibility(text)));
            }
        }
        return Optional.empty();
    }

    /**
     * How plausible {@code text} is for this candidate: +1 for each non-ASCII code point common in the
     * candidate's language, -1 for each other non-ASCII code point and each control character. ASCII text counts
     * 0, since the ASCII-compatible candidates all decode it alike.
     */
    int plausibility(String text) {
        int score = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x80) {
                score += common.contains(cp) ? 1 : -1;
            } else if (isControl(cp)) {
                score--;
            }
        }
        return score;
    }

    private static boolean isControl(int cp) {
        return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f') || cp == 0x7F;
    }

    /** A strict decoding of some bytes by a candidate, with its {@link #plausibility(String)}. */
    record Decoding(CandidateEncoding candidate, Charset charset, String text, int plausibility) {
    }
}
