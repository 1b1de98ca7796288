package aligncheck.gui;

import aligncheck.text.Sentence;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks where to split a pair: how many source and target sentences stay in the first part. */
final class SplitDialog {
    private SplitDialog() {
    }

    /** The counts {source, target} for the first part, or empty when cancelled. */
    static Optional<int[]> ask(Window owner, PairRow row) {
        Dialog<int[]> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Split pair " + (row.index() + 1));
        d.setHeaderText("The first part keeps the first N sentences of each side; the second part the rest.");
        Spinner<Integer> s = new Spinner<>(0, row.source().size(), (row.source().size() + 1) / 2);
        s.setId("splitSourceCount");
        Spinner<Integer> t = new Spinner<>(0, row.target().size(), (row.target().size() + 1) / 2);
        t.setId("splitTargetCount");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label("Source sentences in the first part"), s, new Label(numbered(row.source())));
        g.addRow(1, new Label("Target sentences in the first part"), t, new Label(numbered(row.target())));
        for (var n : g.getChildren()) {
            if (n instanceof Label l) {
                l.setWrapText(true);
                l.setMaxWidth(520);
            }
        }
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? new int[] {s.getValue(), t.getValue()} : null);
        return d.showAndWait();
    }

    private static String numbered(List<Sentence> sentences) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            b.append(i + 1).append(". ").append(text.length() > 70 ? text.substring(0, 70) + "…" : text).append('\n');
        }
        return b.toString().strip();
    }
}
