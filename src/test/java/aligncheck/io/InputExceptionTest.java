package aligncheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InputExceptionTest {
    @Test
    void messageWithLineIsFileColonLineColonReason() {
        InputException e = new InputException(Path.of("in", "zh.txt"), 12, "cannot decode as UTF-8");
        assertEquals(Path.of("in", "zh.txt") + ":12: cannot decode as UTF-8", e.getMessage());
        assertEquals(12, e.line());
        assertEquals("cannot decode as UTF-8", e.reason());
        assertEquals(Path.of("in", "zh.txt"), e.file());
    }

    @Test
    void messageWithoutLineOmitsIt() {
        InputException e = new InputException(Path.of("ja.txt"), 0, "no such file");
        assertEquals("ja.txt: no such file", e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void messageWithColumnIsFileColonLineColonColumn() {
        InputException e = new InputException(Path.of("a.tmx"), 12, 5, "element type \"seg\" not closed", null);
        assertEquals("a.tmx:12:5: element type \"seg\" not closed", e.getMessage());
        assertEquals(12, e.line());
        assertEquals(5, e.column());
        assertEquals(0, new InputException(Path.of("a.tmx"), 3, "x").column());
    }

    @Test
    void rejectsNegativeLineAndColumnWithoutLine() {
        assertThrows(IllegalArgumentException.class, () -> new InputException(Path.of("x"), -1, "bad"));
        assertThrows(IllegalArgumentException.class, () -> new InputException(Path.of("x"), 1, -1, "bad", null));
        assertThrows(IllegalArgumentException.class, () -> new InputException(Path.of("x"), 0, 4, "bad", null));
    }
}
