package aligncheck.review;

import aligncheck.align.AlignedDocument;
import aligncheck.align.Alignment;
import aligncheck.align.Link;
import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of a review at one moment: the document (texts, sentences, alignment) as edited so far and the
 * findings the reviewer chose to ignore, with their reasons. Immutable; {@link #apply(Edit)} returns a new one.
 *
 * <p>Edits keep the sentences: their number and order never change, only which link holds them and the text of
 * target sentences. A link an edit touched gets confidence 1 (given by the reviewer).
 */
public record ReviewSnapshot(AlignedDocument document, Map<FindingKey, String> ignored) {
    public ReviewSnapshot {
        Objects.requireNonNull(document, "document");
        ignored = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ignored));
    }

    public static ReviewSnapshot of(AlignedDocument document) {
        return new ReviewSnapshot(document, Map.of());
    }

    public List<Link> links() {
        return document.alignment().links();
    }

    public boolean isIgnored(aligncheck.check.Finding f) {
        return ignored.containsKey(FindingKey.of(f));
    }

    /** The snapshot after the edit; EditException (with the reason) when it does not apply. */
    public ReviewSnapshot apply(Edit edit) {
        // Java 17: no pattern switch yet; the sealed interface keeps this list complete
        if (edit instanceof Edit.MergeLinks m) {
            return withLinks(merge(m));
        } else if (edit instanceof Edit.SplitLink s) {
            return withLinks(split(s));
        } else if (edit instanceof Edit.MoveBoundary b) {
            return withLinks(move(b));
        } else if (edit instanceof Edit.InsertEmptySide e) {
            return withLinks(emptySide(e));
        } else if (edit instanceof Edit.ReplaceTargetText r) {
            return withTargetText(r.targetSentence(), r.text());
        } else if (edit instanceof Edit.AcceptSuggestion a) {
            return accept(a);
        } else if (edit instanceof Edit.IgnoreFinding i) {
            Map<FindingKey, String> m = new LinkedHashMap<>(ignored);
            m.put(i.finding(), i.reason());
            return new ReviewSnapshot(document, m);
        } else if (edit instanceof Edit.UnignoreFinding u) {
            if (!ignored.containsKey(u.finding())) {
                throw new EditException("that finding is not ignored");
            }
            Map<FindingKey, String> m = new LinkedHashMap<>(ignored);
            m.remove(u.finding());
            return new ReviewSnapshot(document, m);
        }
        throw new IllegalArgumentException("unknown edit " + edit);
    }

    private List<Link> merge(Edit.MergeLinks m) {
        List<Link> links = new ArrayList<>(links());
        checkLink(m.link(), links.size() - 1, "has no pair below it to merge with");
        Link a = links.get(m.link());
        Link b = links.remove(m.link() + 1);
        links.set(m.link(), new Link(concat(a.source(), b.source()), concat(a.target(), b.target())));
        return links;
    }

    private List<Link> split(Edit.SplitLink s) {
        List<Link> links = new ArrayList<>(links());
        checkLink(s.link(), links.size(), "does not exist");
        Link l = links.get(s.link());
        int sc = s.sourceCount();
        int tc = s.targetCount();
        if (sc < 0 || sc > l.source().size() || tc < 0 || tc > l.target().size()) {
            throw new EditException("pair " + (s.link() + 1) + " has " + l.source().size() + " source and "
                    + l.target().size() + " target sentences: cannot split after " + sc + " and " + tc);
        }
        if (sc + tc == 0 || sc + tc == l.source().size() + l.target().size()) {
            throw new EditException("splitting pair " + (s.link() + 1) + " there would leave one part empty");
        }
        links.set(s.link(), new Link(l.source().subList(0, sc), l.target().subList(0, tc)));
        links.add(s.link() + 1, new Link(l.source().subList(sc, l.source().size()),
                l.target().subList(tc, l.target().size())));
        return links;
    }

    private List<Link> move(Edit.MoveBoundary b) {
        List<Link> links = new ArrayList<>(links());
        checkLink(b.link(), links.size() - 1, "has no pair below it");
        Link upper = links.get(b.link());
        Link lower = links.get(b.link() + 1);
        List<Integer> up = new ArrayList<>(side(upper, b.side()));
        List<Integer> low = new ArrayList<>(side(lower, b.side()));
        String sideName = b.side().name().toLowerCase();
        if (b.direction() == Edit.MoveBoundary.Direction.UP) {
            if (low.isEmpty()) {
                throw new EditException("pair " + (b.link() + 2) + " has no " + sideName + " sentence to move up");
            }
            up.add(low.remove(0));
        } else {
            if (up.isEmpty()) {
                throw new EditException("pair " + (b.link() + 1) + " has no " + sideName + " sentence to move down");
            }
            low.add(0, up.remove(up.size() - 1));
        }
        Link newUpper = with(upper, b.side(), up);
        Link newLower = with(lower, b.side(), low);
        List<Link> out = new ArrayList<>(links.subList(0, b.link()));
        if (newUpper != null) {
            out.add(newUpper);
        }
        if (newLower != null) {
            out.add(newLower);
        }
        out.addAll(links.subList(b.link() + 2, links.size()));
        return out;
    }

    private List<Link> emptySide(Edit.InsertEmptySide e) {
        List<Link> links = new ArrayList<>(links());
        checkLink(e.link(), links.size(), "does not exist");
        Link l = links.get(e.link());
        if (l.source().isEmpty() || l.target().isEmpty()) {
            throw new EditException("pair " + (e.link() + 1) + " already has an empty side");
        }
        Link kept = e.side() == Side.SOURCE ? new Link(List.of(), l.target()) : new Link(l.source(), List.of());
        Link moved = e.side() == Side.SOURCE ? new Link(l.source(), List.of()) : new Link(List.of(), l.target());
        links.set(e.link(), kept);
        links.add(e.link() + 1, moved);
        return links;
    }

    private ReviewSnapshot accept(Edit.AcceptSuggestion a) {
        Sentence s = targetSentence(a.targetSentence());
        Span span = a.span();
        if (span.end() > s.text().length() || !span.of(s.text()).equals(a.expected())) {
            throw new EditException("target sentence " + (a.targetSentence() + 1) + " no longer reads \""
                    + a.expected() + "\" there");
        }
        String text = s.text().substring(0, span.start()) + a.replacement() + s.text().substring(span.end());
        return withTargetText(a.targetSentence(), text);
    }

    private ReviewSnapshot withTargetText(int index, String newText) {
        Objects.requireNonNull(newText, "text");
        targetSentence(index);
        return new ReviewSnapshot(new CorrectedTarget(Map.of(index, newText)).applyTo(document), ignored);
    }

    private ReviewSnapshot withLinks(List<Link> links) {
        List<Link> old = links();
        List<Link> out = new ArrayList<>(links.size());
        java.util.Set<Link> kept = new java.util.HashSet<>(old);
        for (Link l : links) {
            // a link the edit did not touch keeps the aligner's confidence; a new one is the reviewer's (1)
            out.add(kept.contains(l) ? l : new Link(l.source(), l.target(), 1.0));
        }
        checkMonotone(out);
        AlignedDocument d = new AlignedDocument(document.sourceText(), document.targetText(),
                document.sourceLanguage(), document.source(), document.target(), new Alignment(out));
        return new ReviewSnapshot(d, ignored);
    }

    private static void checkMonotone(List<Link> links) {
        int s = -1;
        int t = -1;
        for (Link l : links) {
            for (int i : l.source()) {
                if (i <= s) {
                    throw new EditException("the edit would cross links on the source side");
                }
                s = i;
            }
            for (int j : l.target()) {
                if (j <= t) {
                    throw new EditException("the edit would cross links on the target side");
                }
                t = j;
            }
        }
    }

    private Sentence targetSentence(int index) {
        if (index < 0 || index >= document.target().size()) {
            throw new EditException("there is no target sentence " + (index + 1));
        }
        return document.target().get(index);
    }

    private static void checkLink(int link, int limit, String why) {
        if (link < 0 || link >= limit) {
            throw new EditException("pair " + (link + 1) + " " + why);
        }
    }

    private static List<Integer> side(Link l, Side side) {
        return side == Side.SOURCE ? l.source() : l.target();
    }

    /** The link with one side replaced, or null when it would hold no sentence. */
    private static Link with(Link l, Side side, List<Integer> ids) {
        List<Integer> s = side == Side.SOURCE ? ids : l.source();
        List<Integer> t = side == Side.TARGET ? ids : l.target();
        return s.isEmpty() && t.isEmpty() ? null : new Link(s, t);
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
