package aligncheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArtifactUriTest {
    @Test
    void relativeUnderTheBaseEncodedOtherwiseAbsolute() {
        Path base = Path.of("/work/x");
        assertEquals("corpora/a/target.en.txt", ArtifactUri.of(Path.of("/work/x/corpora/a/target.en.txt"), base));
        assertEquals("a%20b/%E7%9B%AE%E6%A0%87%231.txt", ArtifactUri.of(Path.of("/work/x/a b/目标#1.txt"), base));
        String outside = ArtifactUri.of(Path.of("/etc/y.txt"), base);
        assertTrue(outside.startsWith("file:/") && outside.endsWith("/etc/y.txt"), outside);
    }
}
