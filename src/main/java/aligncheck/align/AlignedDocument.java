package aligncheck.align;

import aligncheck.text.Language;
import aligncheck.text.LoadedText;
import aligncheck.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Both texts, their sentences and the alignment between them: what the checks run on. */
public record AlignedDocument(LoadedText sourceText, LoadedText targetText, Language sourceLanguage,
                              List<Sentence> source, List<Sentence> target, Alignment alignment) {
    public AlignedDocument {
        source = List.copyOf(source);
        target = List.copyOf(target);
        for (Link l : alignment.links()) {
            for (int i : l.source()) {
                if (i < 0 || i >= source.size()) {
                    throw new IllegalArgumentException("link " + l.format() + " names source sentence " + i
                            + " but there are " + source.size());
                }
            }
            for (int j : l.target()) {
                if (j < 0 || j >= target.size()) {
                    throw new IllegalArgumentException("link " + l.format() + " names target sentence " + j
                            + " but there are " + target.size());
                }
            }
        }
    }

    public List<SentencePair> pairs() {
        List<SentencePair> out = new ArrayList<>(alignment.links().size());
        List<Link> links = alignment.links();
        for (int k = 0; k < links.size(); k++) {
            Link l = links.get(k);
            out.add(new SentencePair(k, l, l.source().stream().map(source::get).toList(),
                    l.target().stream().map(target::get).toList()));
        }
        return out;
    }
}
