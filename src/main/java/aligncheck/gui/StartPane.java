package aligncheck.gui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** What the window shows before a pair is open: open buttons, the shipped samples, recent pairs, a drop hint. */
final class StartPane {
    private final VBox root = new VBox(14);

    StartPane(ReviewViewModel vm, Runnable openFiles, Runnable openSession) {
        root.setId("startPane");
        root.getStyleClass().add("start-pane");
        root.setAlignment(Pos.TOP_CENTER);
        Label title = new Label("Review a translation");
        title.getStyleClass().add("start-title");
        title.setId("startTitle");
        Label hint = new Label("Open the original (Chinese or Japanese) and its English translation, "
                + "or drop the two files here.");
        hint.getStyleClass().add("start-hint");
        hint.setId("startHint");
        hint.setWrapText(true);
        Button open = new Button("Open source and translation…");
        open.setId("startOpenButton");
        open.getStyleClass().add("accent");
        open.setOnAction(e -> openFiles.run());
        Button sampleZh = new Button("Open sample (Chinese)");
        sampleZh.setId("openSampleChineseButton");
        sampleZh.setOnAction(e -> vm.openSample(Samples.CHINESE));
        sampleZh.setDisable(Samples.find(Samples.CHINESE).isEmpty());
        Button sampleJa = new Button("Open sample (Japanese)");
        sampleJa.setId("openSampleJapaneseButton");
        sampleJa.setOnAction(e -> vm.openSample(Samples.JAPANESE));
        sampleJa.setDisable(Samples.find(Samples.JAPANESE).isEmpty());
        Button session = new Button("Open saved review…");
        session.setId("startOpenSessionButton");
        session.setOnAction(e -> openSession.run());
        HBox buttons = new HBox(8, open, sampleZh, sampleJa, session);
        buttons.setAlignment(Pos.CENTER);
        Label recentLabel = new Label("Recent pairs");
        recentLabel.getStyleClass().add("small-header");
        recentLabel.setId("recentLabel");
        ListView<RecentPairs.Pair> recent = new ListView<>(vm.recentPairs());
        recent.setId("recentList");
        recent.setMaxWidth(760);
        recent.setPrefHeight(220);
        recent.setPlaceholder(new Label("Nothing opened yet."));
        recent.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RecentPairs.Pair p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.label());
            }
        });
        Runnable openRecent = () -> {
            RecentPairs.Pair p = recent.getSelectionModel().getSelectedItem();
            if (p != null) {
                vm.open(p.source(), p.target());
            }
        };
        recent.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openRecent.run();
            }
        });
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openRecent.run();
            }
        });
        root.getChildren().setAll(title, hint, buttons, recentLabel, recent);
    }

    VBox node() {
        return root;
    }
}
