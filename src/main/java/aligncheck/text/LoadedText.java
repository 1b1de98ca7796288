package aligncheck.text;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A text file as loaded: the decoded text exactly as in the file (a leading BOM removed, line ends kept),
 * where it came from, and the charset used to decode it.
 */
public record LoadedText(Path path, String text, Charset charset) {
    /** 1-based line number of a char offset in {@link #text()}; a line ends at \n, \r\n or \r. */
    public int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** The file name for messages: the path as given by the user. */
    public String displayName() {
        return path == null ? "<text>" : path.toString();
    }
}
