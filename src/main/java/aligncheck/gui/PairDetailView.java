package aligncheck.gui;

import aligncheck.review.Side;
import java.util.function.BiConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected pair in full, as selectable text: select a name in the source and its rendering in the target,
 * then "Add to glossary".
 */
final class PairDetailView {
    private final VBox root = new VBox(4);
    private final TextArea source = new TextArea();
    private final TextArea target = new TextArea();

    PairDetailView(ReviewViewModel vm, BiConsumer<String, String> addToGlossary) {
        root.setId("pairDetail");
        root.getStyleClass().add("pair-detail");
        source.setId("sourceDetail");
        target.setId("targetDetail");
        for (TextArea t : new TextArea[] {source, target}) {
            t.setEditable(false);
            t.setWrapText(true);
            t.setPrefRowCount(3);
            HBox.setHgrow(t, Priority.ALWAYS);
        }
        source.getStyleClass().add("source-text");
        Button add = new Button("Add selection to glossary…");
        add.setId("addToGlossaryButton");
        add.setOnAction(e -> addToGlossary.accept(source.getSelectedText(), target.getSelectedText()));
        Label label = new Label("Selected pair — select a name on each side to add it to a glossary");
        label.getStyleClass().add("small-header");
        label.setId("pairDetailLabel");
        HBox texts = new HBox(6, source, target);
        VBox.setVgrow(texts, Priority.ALWAYS);
        root.getChildren().setAll(new HBox(8, label, add), texts);
        Runnable show = () -> {
            int k = vm.selectedPairProperty().get();
            if (k < 0 || k >= vm.pairs().size()) {
                source.clear();
                target.clear();
                return;
            }
            PairRow r = vm.pairs().get(k);
            source.setText(r.text(Side.SOURCE));
            target.setText(r.text(Side.TARGET));
        };
        vm.selectedPairProperty().addListener((o, a, b) -> show.run());
        vm.pairs().addListener((javafx.collections.ListChangeListener<PairRow>) c -> show.run());
    }

    VBox node() {
        return root;
    }

    String selectedSource() {
        return source.getSelectedText();
    }

    String selectedTarget() {
        return target.getSelectedText();
    }
}
