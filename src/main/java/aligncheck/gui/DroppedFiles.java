package aligncheck.gui;

import aligncheck.io.InputException;
import aligncheck.io.TextFileReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Two dropped files as a pair: the one with more Chinese/Japanese characters is the source. */
final class DroppedFiles {
    private DroppedFiles() {
    }

    static Optional<RecentPairs.Pair> pair(List<Path> files) {
        if (files.size() != 2) {
            return Optional.empty();
        }
        Path a = files.get(0);
        Path b = files.get(1);
        return Optional.of(cjkShare(a) >= cjkShare(b) ? new RecentPairs.Pair(a, b) : new RecentPairs.Pair(b, a));
    }

    static double cjkShare(Path p) {
        try {
            String t = TextFileReader.read(p, null).text();
            int n = Math.min(t.length(), 4000);
            if (n == 0) {
                return 0;
            }
            long cjk = t.substring(0, n).codePoints().filter(c -> {
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                        || s == Character.UnicodeScript.KATAKANA;
            }).count();
            return (double) cjk / n;
        } catch (InputException | RuntimeException e) {
            return 0;
        }
    }
}
