package aligncheck.review;

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

/** Small hand-made documents: one sentence per line, every link 1-1 unless given. */
final class TestDocs {
    private TestDocs() {
    }

    static AlignedDocument doc(List<String> source, List<String> target, List<Link> links) {
        LoadedText s = text("s.zh.txt", source);
        LoadedText t = text("t.en.txt", target);
        return new AlignedDocument(s, t, Language.ZH, sentences(source), sentences(target), new Alignment(links));
    }

    static AlignedDocument oneToOne(int n) {
        List<String> s = new ArrayList<>();
        List<String> t = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s.add("源" + i + "。");
            t.add("Target " + i + ".");
            links.add(new Link(List.of(i), List.of(i), 0.5));
        }
        return doc(s, t, links);
    }

    private static LoadedText text(String name, List<String> lines) {
        return new LoadedText(Path.of(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static List<Sentence> sentences(List<String> lines) {
        List<Sentence> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            out.add(new Sentence(i, l, new Span(at, at + l.length()), i, i + 1));
            at += l.length() + 1;
        }
        return out;
    }
}
