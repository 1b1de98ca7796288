package aligncheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkTest {
    @Test
    void parsesAndFormatsTheGoldFormat() {
        for (String s : List.of("[0]:[0]", "[1,2]:[1]", "[3]:[]", "[]:[5]", "[4]:[4,5,6]")) {
            assertEquals(s, Link.parse(s).format());
        }
        assertEquals(List.of(1, 2), Link.parse(" [1, 2] : [3] ").source());
    }

    @Test
    void rejectsEmptyAndMalformedLinks() {
        assertThrows(IllegalArgumentException.class, () -> Link.parse("[]:[]"));
        assertThrows(IllegalArgumentException.class, () -> Link.parse("0:1"));
        assertThrows(IllegalArgumentException.class, () -> Link.parse("[0]"));
        assertThrows(IllegalArgumentException.class, () -> new Link(List.of(0), List.of(0), 1.5));
    }
}
