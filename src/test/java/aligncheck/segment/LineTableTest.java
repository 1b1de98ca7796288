package aligncheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import aligncheck.text.LoadedText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineTableTest {

    @Test
    void linesEndAtEveryKindOfTerminatorAndAFinalTerminatorAddsNoLine() {
        String text = "one\r\ntwo\rthree\n\nfive\n";
        List<Line> lines = new LineTable(text).lines();

        assertEquals(List.of("one", "two", "three", "", "five"), lines.stream().map(l -> l.content(text)).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), lines.stream().map(Line::number).toList());
    }

    @Test
    void emptyTextHasNoLines() {
        assertEquals(List.of(), new LineTable("").lines());
    }

    @Test
    void lineOfAgreesWithLoadedTextAtEveryOffset() {
        String text = "a\r\nbb\rccc\n\n d \r\n";
        LineTable table = new LineTable(text);
        LoadedText loaded = new LoadedText(null, text, StandardCharsets.UTF_8);
        for (int offset = 0; offset < text.length(); offset++) {
            assertEquals(loaded.lineOf(offset), table.lineOf(offset), "offset " + offset);
        }
    }
}
