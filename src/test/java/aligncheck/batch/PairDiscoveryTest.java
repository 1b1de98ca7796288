package aligncheck.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairDiscoveryTest {
    @TempDir
    Path root;

    private Path touch(String rel) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x\n");
    }

    @Test
    void bothConventionsSortedWithNotesForOrphans() throws Exception {
        touch("b/source.ja.txt");
        touch("b/target.en.txt");
        touch("b/alignment.txt");
        touch("a/news.zh.txt");
        touch("a/news.en.txt");
        touch("a/lonely.ja.txt");
        touch("top.zh.txt");
        touch("top.en.txt");
        touch("c/source.zh.txt");
        PairDiscovery.Found f = PairDiscovery.find(List.of(root, root.resolve("a")));
        assertEquals(List.of("top", "a/news", "b"), f.pairs().stream().map(DocumentPair::name).toList());
        assertEquals(root.resolve("b/target.en.txt"), f.pairs().get(2).target());
        assertEquals(List.of(root.resolve("a/lonely.ja.txt") + ": no lonely.en.txt beside it, skipped",
                root.resolve("c/source.zh.txt") + ": no target.en.txt beside it, skipped"), f.notes());
    }
}
