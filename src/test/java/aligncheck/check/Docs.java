package aligncheck.check;

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

/** Builds small aligned documents for check tests: one sentence per line, links given as "[0]:[0,1]". */
final class Docs {
    private Docs() {
    }

    static AlignedDocument doc(Language lang, List<String> source, List<String> target, String... links) {
        List<Link> ls = new ArrayList<>();
        if (links.length == 0) {
            for (int i = 0; i < source.size(); i++) {
                ls.add(new Link(List.of(i), List.of(i)));
            }
        } else {
            for (String l : links) {
                ls.add(Link.parse(l));
            }
        }
        LoadedText s = text("source.txt", source);
        LoadedText t = text("target.txt", target);
        return new AlignedDocument(s, t, lang, sentences(source), sentences(target), new Alignment(ls));
    }

    private static LoadedText text(String name, List<String> lines) {
        return new LoadedText(Path.of(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    static List<Sentence> sentences(List<String> lines) {
        List<Sentence> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            out.add(new Sentence(i, l, new Span(offset, offset + l.length()), i, i + 1));
            offset += l.length() + 1;
        }
        return out;
    }
}
