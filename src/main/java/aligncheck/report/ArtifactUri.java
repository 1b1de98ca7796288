package aligncheck.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The URI of a file for SARIF's {@code artifactLocation.uri}: relative to a base folder (the working directory)
 * when the file lies under it, with '/' separators and every byte outside RFC 3986's unreserved set
 * percent-encoded (so "目标 1.txt" becomes {@code %E7%9B%AE%E6%A0%87%201.txt}); else an absolute {@code file:} URI.
 */
final class ArtifactUri {
    private ArtifactUri() {
    }

    static String of(Path file, Path base) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        if (!abs.startsWith(root) || abs.equals(root)) {
            return abs.toUri().toASCIIString();
        }
        StringBuilder b = new StringBuilder();
        for (Path segment : root.relativize(abs)) {
            if (b.length() > 0) {
                b.append('/');
            }
            encode(segment.toString(), b);
        }
        return b.toString();
    }

    private static void encode(String segment, StringBuilder b) {
        for (byte x : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
    }
}
