package aligncheck.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds document pairs in folders (and their subfolders) by name:
 * <ul>
 *   <li>{@code source.zh.txt} or {@code source.ja.txt} with {@code target.en.txt} in the same folder: one pair named
 *       after the folder (as in {@code corpora/});</li>
 *   <li>{@code <name>.zh.txt} or {@code <name>.ja.txt} with {@code <name>.en.txt} in the same folder: one pair
 *       named {@code <name>}.</li>
 * </ul>
 * A source file without its English partner is skipped with a note. Pairs come in the order of the folders given,
 * then by path (sorted by name, so the same tree always gives the same order); a pair reached twice (nested
 * folders) counts once.
 */
public final class PairDiscovery {
    private static final Pattern SOURCE = Pattern.compile("(.+)\\.(zh|ja)\\.txt");

    /** The pairs found, and notes on files that look like sources but have no partner. */
    public record Found(List<DocumentPair> pairs, List<String> notes) {
        public Found {
            pairs = List.copyOf(pairs);
            notes = List.copyOf(notes);
        }
    }

    private PairDiscovery() {
    }

    /** @throws IOException when a folder cannot be listed */
    public static Found find(List<Path> roots) throws IOException {
        List<DocumentPair> pairs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            List<Path> dirs;
            try (Stream<Path> s = Files.walk(root)) {
                dirs = s.filter(Files::isDirectory).sorted().toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (Path dir : dirs) {
                List<Path> files;
                try (Stream<Path> s = Files.list(dir)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    Matcher m = SOURCE.matcher(f.getFileName().toString());
                    if (!m.matches() || !seen.add(f.toAbsolutePath().normalize())) {
                        continue;
                    }
                    boolean folderPair = m.group(1).equals("source");
                    Path target = dir.resolve(folderPair ? "target.en.txt" : m.group(1) + ".en.txt");
                    if (!Files.isRegularFile(target)) {
                        notes.add(f + ": no " + target.getFileName() + " beside it, skipped");
                        continue;
                    }
                    String rel = root.relativize(dir).toString().replace('\\', '/');
                    String name = folderPair
                            ? (rel.isEmpty() ? nameOf(root) : rel)
                            : (rel.isEmpty() ? "" : rel + "/") + m.group(1);
                    pairs.add(new DocumentPair(name, f, target, null));
                }
            }
        }
        return new Found(pairs, notes);
    }

    private static String nameOf(Path dir) {
        Path n = dir.toAbsolutePath().normalize().getFileName();
        return n == null ? "document" : n.toString();
    }
}
