package aligncheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import aligncheck.text.LoadedText;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineColumnsTest {
    @Test
    void linesEndAtLfCrLfAndCrAndColumnsCountUtf16Units() {
        String t = "ab\r\ncd\ref\n\uD83D\uDE00x\n";
        LineColumns lc = new LineColumns(t);
        LoadedText lt = new LoadedText(null, t, StandardCharsets.UTF_8);
        for (int i = 0; i <= t.length(); i++) {
            assertEquals(lt.lineOf(i), lc.line(i), "offset " + i);
        }
        assertEquals(1, lc.column(0));
        assertEquals(2, lc.line(4));
        assertEquals(1, lc.column(4));
        assertEquals(3, lc.line(7));
        assertEquals(4, lc.line(10));
        assertEquals(3, lc.column(12), "the emoji is two UTF-16 code units");
        assertThrows(IndexOutOfBoundsException.class, () -> lc.line(t.length() + 1));
    }
}
