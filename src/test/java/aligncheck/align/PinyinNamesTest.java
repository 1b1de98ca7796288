package aligncheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinNamesTest {
    @Test
    void hanRunsMatchEnglishNamesByTonelessPinyin() {
        PinyinNames names = new PinyinNames(TestDocs.sentences("I did not leave, and Chen Qingyang caught me.",
                "He went to Beijing.", "He said it was long.", "Then Bao-yu came."));
        assertEquals(List.of("py:baoyu"), names.sourceKeys("宝玉来了。"));
        assertEquals(List.of("py:baoyu"), names.targetKeys("Bao-yu laughed."));
        assertEquals(List.of("py:chen", "py:qingyang"), names.sourceKeys("陈清扬把我拽住。"));
        assertEquals(List.of("py:beijing"), names.sourceKeys("他去了北京。"));
        assertEquals(List.of("py:chen", "py:qingyang"), names.targetKeys("Chen Qingyang laughed."));
        // "He" only starts sentences: not a name, though 和 is "he" in pinyin
        assertEquals(List.of(), names.sourceKeys("我和你"));
    }
}
