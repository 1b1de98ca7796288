package aligncheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.review.ReviewOpener;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** {@code aligncheck review}: its options, and that the window is found without the CLI depending on it. */
class ReviewCommandTest {
    @Test
    void helpNamesTheCommand() {
        CliTest.Run r = CliTest.run("review", "--help");
        assertEquals(ExitCode.CLEAN, r.code());
        assertTrue(r.out().contains("Open the review window"), r.out());
        assertTrue(r.out().contains("--session"), r.out());
    }

    @Test
    void oneFileIsAUsageError() {
        CliTest.Run r = CliTest.run("review", "only-one.txt");
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("give both SOURCE and TARGET"), r.err());
    }

    @Test
    void theWindowIsAService() {
        assertEquals("aligncheck.gui.ReviewLauncher", ServiceLoader.load(ReviewOpener.class).findFirst()
                .orElseThrow().getClass().getName());
    }
}
