package aligncheck.gui;

import aligncheck.align.AlignedDocument;
import aligncheck.align.Alignment;
import aligncheck.align.Link;
import aligncheck.text.Language;
import aligncheck.text.LoadedText;
import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A large aligned document made in memory: n pairs, one sentence a side, every 7th link doubtful. */
final class BigDocs {
    private BigDocs() {
    }

    static AlignedDocument pairs(int n) {
        StringBuilder s = new StringBuilder();
        StringBuilder t = new StringBuilder();
        List<Sentence> ss = new ArrayList<>(n);
        List<Sentence> ts = new ArrayList<>(n);
        List<Link> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String a = "第" + i + "句，美国对日本商品征收" + (i % 50) + "%的关税。";
            String b = "Sentence " + i + ": the United States imposes a " + (i % 50) + "% tariff on Japanese goods.";
            ss.add(new Sentence(i, a, new Span(s.length(), s.length() + a.length()), i, i + 1));
            ts.add(new Sentence(i, b, new Span(t.length(), t.length() + b.length()), i, i + 1));
            s.append(a).append('\n');
            t.append(b).append('\n');
            links.add(new Link(List.of(i), List.of(i), i % 7 == 0 ? 0.4 : 0.97));
        }
        return new AlignedDocument(new LoadedText(Path.of("big.zh.txt"), s.toString(), StandardCharsets.UTF_8),
                new LoadedText(Path.of("big.en.txt"), t.toString(), StandardCharsets.UTF_8), Language.ZH, ss, ts,
                new Alignment(links));
    }
}
