package aligncheck.align;

import aligncheck.align.eval.GoldDocument;
import aligncheck.text.Sentence;
import java.util.List;

/** Builds sentence lists for tests: one sentence per line, all in paragraph 0 unless given. */
final class TestDocs {
    private TestDocs() {
    }

    static List<Sentence> sentences(String... lines) {
        return GoldDocument.asSentences(List.of(lines));
    }

    /** One sentence per line; {@code paragraphs[k]} is the paragraph of line k. */
    static List<Sentence> sentences(List<String> lines, int[] paragraphs) {
        List<Sentence> plain = GoldDocument.asSentences(lines);
        return plain.stream().map(s -> new Sentence(s.index(), s.text(), s.span(), paragraphs[s.index()], s.line()))
                .toList();
    }

    static List<String> formats(Alignment a) {
        return a.links().stream().map(Link::format).toList();
    }
}
