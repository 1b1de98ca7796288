package aligncheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.check.Finding;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossarySet;
import aligncheck.glossary.ShippedGlossaries;
import aligncheck.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticInputTest {
    @TempDir
    Path dir;

    @Test
    void grownGlossaryHasTheSizeUniqueIdsAndChangesNoFinding() throws Exception {
        GlossarySet real = ShippedGlossaries.load();
        GlossarySet grown = SyntheticGlossary.grow(real, 3000);
        assertEquals(3000, grown.entries().size());
        Set<String> ids = new HashSet<>();
        grown.entries().forEach(e -> assertTrue(ids.add(e.id()), e.id()));
        GlossaryEntry copy = grown.entries().get(real.entries().size());
        assertTrue(copy.english().startsWith(real.entries().get(0).english() + " "), copy.english());

        Path s = Path.of("corpora/zh-us-japan-tariffs/source.zh.txt");
        Path t = Path.of("corpora/zh-us-japan-tariffs/target.en.txt");
        List<Finding> before = new Pipeline(Pipeline.Options.defaults(), real).check(s, t).findings();
        List<Finding> after = new Pipeline(Pipeline.Options.defaults(), grown).check(s, t).findings();
        assertEquals(before, after);
    }

    @Test
    void corpusRepeatsTheShippedOnesToTheSizeAsked() throws Exception {
        SyntheticCorpus.Written w = SyntheticCorpus.write(Path.of("corpora"), dir, 200, 80);
        assertEquals(3 * 33 + 3 * 36, w.links(), "whole copies: ja 33 links, zh 36");
        assertEquals(2, w.pairs().size());
        String first = Files.readString(w.pairs().get(0).source());
        String one = Files.readString(Path.of("corpora/ja-japan-us-talks/source.ja.txt")).strip();
        assertEquals(3, first.split(java.util.regex.Pattern.quote(one), -1).length - 1, "three copies of ja");
        assertTrue(w.pairs().get(1).source().toString().endsWith(".zh.txt"));
        assertEquals(3 * 8 + 3 * 7, w.expectedFindings());
    }
}
