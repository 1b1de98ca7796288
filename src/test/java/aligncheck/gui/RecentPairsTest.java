package aligncheck.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentPairsTest {
    @TempDir
    Path dir;

    @Test
    void mostRecentFirstOnceAndAtMostTen() {
        RecentPairs r = new RecentPairs(dir.resolve("sub/recent.json"));
        for (int i = 0; i < 12; i++) {
            r.add(dir.resolve("s" + i + ".txt"), dir.resolve("t" + i + ".txt"));
        }
        r.add(dir.resolve("s5.txt"), dir.resolve("t5.txt"));
        List<RecentPairs.Pair> l = new RecentPairs(dir.resolve("sub/recent.json")).list();
        assertEquals(RecentPairs.MAX, l.size());
        assertEquals(dir.resolve("s5.txt"), l.get(0).source());
        assertEquals(dir.resolve("s11.txt"), l.get(1).source());
        assertEquals(1, l.stream().filter(p -> p.source().equals(dir.resolve("s5.txt"))).count());
    }

    @Test
    void aBrokenFileIsAnEmptyList() throws Exception {
        Path f = dir.resolve("recent.json");
        Files.writeString(f, "{not json");
        assertEquals(List.of(), new RecentPairs(f).list());
        assertEquals(1, new RecentPairs(f).add(dir.resolve("a"), dir.resolve("b")).size());
    }
}
