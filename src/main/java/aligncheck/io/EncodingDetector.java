package aligncheck.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Guesses the encoding of bytes that carry no byte order mark and are not UTF-8, among the
 * {@link CandidateEncoding}s (GB18030, Big5, Shift_JIS, EUC-JP, UTF-16LE, UTF-16BE).
 *
 * <p>Every candidate decodes the bytes strictly; those that fail, or whose text is less than half made of
 * characters common in the candidate's language (plausibility below 0), are dropped. The most plausible
 * decoding wins; ties go to the candidate ICU's {@link CharsetDetector} is most confident about, then to the
 * earlier candidate.
 *
 * <p>Why not ICU alone: on a few real news sentences ICU needs about 12 CJK characters before it names
 * GB18030, Shift_JIS or EUC-JP, and it does not recognise UTF-16 without BOM when the text has no Latin letters.
 * Strict decoding plus common-character counting gets those right from about 6 characters on; see the
 * detection tests for the measured cases. Below that, e.g. a lone kanji name in EUC-JP, the bytes are often
 * equally valid GB18030 and the guess can be wrong: name the encoding explicitly then.
 */
final class EncodingDetector {
    private EncodingDetector() {
    }

    /** The best plausible decoding of {@code bytes}, or empty if no candidate decodes them plausibly. */
    static Optional<CandidateEncoding.Decoding> detect(byte[] bytes) {
        List<CandidateEncoding.Decoding> plausible = new ArrayList<>();
        for (CandidateEncoding candidate : CandidateEncoding.values()) {
            candidate.decode(bytes).filter(d -> d.plausibility() >= 0).ifPresent(plausible::add);
        }
        if (plausible.isEmpty()) {
            return Optional.empty();
        }
        int best = plausible.stream().mapToInt(CandidateEncoding.Decoding::plausibility).max().getAsInt();
        List<CandidateEncoding.Decoding> top = plausible.stream().filter(d -> d.plausibility() == best).toList();
        if (top.size() == 1) {
            return Optional.of(top.get(0));
        }
        Map<String, Integer> confidence = icuConfidences(bytes);
        // Stream.max keeps the first of equal elements, i.e. the earlier candidate
        return top.stream().max(Comparator.comparingInt(d -> confidence.getOrDefault(d.candidate().icuName(), 0)));
    }

    /** ICU's confidence (0-100) per charset name it reports for {@code bytes}. */
    private static Map<String, Integer> icuConfidences(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        Map<String, Integer> confidence = new HashMap<>();
        for (CharsetMatch match : detector.detectAll()) {
            confidence.putIfAbsent(match.getName(), match.getConfidence());
        }
        return confidence;
    }
}
