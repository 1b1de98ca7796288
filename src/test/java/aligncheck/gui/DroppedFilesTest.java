package aligncheck.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DroppedFilesTest {
    static final Path SRC = Path.of("corpora", Samples.CHINESE, "source.zh.txt");
    static final Path TGT = Path.of("corpora", Samples.CHINESE, "target.en.txt");

    @Test
    void theFileWithChineseIsTheSourceInEitherOrder() {
        assertEquals(new RecentPairs.Pair(SRC, TGT), DroppedFiles.pair(List.of(TGT, SRC)).orElseThrow());
        assertEquals(new RecentPairs.Pair(SRC, TGT), DroppedFiles.pair(List.of(SRC, TGT)).orElseThrow());
        assertTrue(DroppedFiles.pair(List.of(SRC)).isEmpty());
    }

    @Test
    void theShippedSamplesAreFound() {
        assertEquals(SRC.toAbsolutePath().normalize(),
                Samples.find(Samples.CHINESE).orElseThrow().source().toAbsolutePath().normalize());
        assertTrue(Samples.find(Samples.JAPANESE).orElseThrow().source().toString().endsWith("source.ja.txt"));
        assertTrue(Samples.find("no-such-corpus").isEmpty());
    }
}
