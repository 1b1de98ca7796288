package aligncheck.gui;

import aligncheck.review.Side;
import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The text of one side of a pair as a {@link TextFlow}: plain runs as {@link Text}, highlighted spans as small
 * labels with the CSS classes {@code hl} and {@link HighlightKind#styleClass()}; a label's user data is its
 * {@link Highlight}.
 */
final class SentenceFlow {
    private SentenceFlow() {
    }

    static TextFlow build(PairRow row, Side side, Highlight selected) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll("sentence-flow", side == Side.SOURCE ? "source-text" : "target-text");
        List<Sentence> sentences = row.sentences(side);
        if (sentences.isEmpty()) {
            Text t = new Text(side == Side.SOURCE ? "(no source)" : "(no translation)");
            t.getStyleClass().add("empty-side");
            flow.getChildren().add(t);
            return flow;
        }
        List<Highlight> all = row.highlights(side);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (i > 0) {
                flow.getChildren().add(plain(PairRow.separator(side).isEmpty() ? "\u200B" : " "));
            }
            int at = 0;
            for (Highlight h : visible(all, s.index(), s.text().length())) {
                if (h.span().start() > at) {
                    flow.getChildren().add(plain(s.text().substring(at, h.span().start())));
                }
                flow.getChildren().add(label(s.text(), h, h.equals(selected)));
                at = h.span().end();
            }
            if (at < s.text().length()) {
                flow.getChildren().add(plain(s.text().substring(at)));
            }
        }
        return flow;
    }

    /** The highlights of one sentence, in order, without overlaps (the higher-ranked kind wins). */
    static List<Highlight> visible(List<Highlight> all, int sentence, int length) {
        List<Highlight> hs = new ArrayList<>(all.stream()
                .filter(h -> h.sentence() == sentence && h.span().end() <= length && !h.span().isEmpty())
                .sorted(Comparator.comparingInt((Highlight h) -> -h.kind().rank())
                        .thenComparingInt(h -> h.span().start()))
                .toList());
        List<Highlight> kept = new ArrayList<>();
        for (Highlight h : hs) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(h.span()))) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparing(Highlight::span, Span::compareTo));
        return kept;
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("plain");
        return t;
    }

    private static Node label(String text, Highlight h, boolean selected) {
        Label l = new Label(h.span().of(text));
        l.getStyleClass().addAll("hl", h.kind().styleClass());
        if (selected) {
            l.getStyleClass().add("hl-selected");
        }
        l.setUserData(h);
        l.setMinWidth(Label.USE_PREF_SIZE);
        if (h.tooltip() != null && !h.tooltip().isEmpty()) {
            Tooltip t = new Tooltip(h.tooltip());
            t.setWrapText(true);
            t.setMaxWidth(480);
            l.setTooltip(t);
        }
        return l;
    }
}
