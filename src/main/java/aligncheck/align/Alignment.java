package aligncheck.align;

import java.util.List;

/** An ordered list of links covering the sentences of both sides. */
public record Alignment(List<Link> links) {
    public Alignment {
        links = List.copyOf(links);
    }

    public String format() {
        StringBuilder b = new StringBuilder();
        for (Link l : links) {
            b.append(l.format()).append('\n');
        }
        return b.toString();
    }
}
