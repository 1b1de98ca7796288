package aligncheck.gui;

import aligncheck.check.Finding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every visible finding in document order, and the selected one in detail: its message, its suggestions (accept
 * one) and ignoring it with a reason.
 */
final class FindingsPanel {
    private final ReviewViewModel vm;
    private final VBox root = new VBox(6);
    private final ListView<Finding> list = new ListView<>();
    private final Label header = new Label();
    private final Label message = new Label();
    private final ListView<String> suggestions = new ListView<>();
    private final Button accept = new Button("Accept");
    private final TextField reason = new TextField();
    private final Button ignore = new Button("Ignore");
    private boolean syncing;

    FindingsPanel(ReviewViewModel vm) {
        this.vm = vm;
        root.setId("findingsPanel");
        root.getStyleClass().add("findings-panel");
        root.setPadding(new Insets(6));
        header.setId("findingsHeader");
        header.getStyleClass().add("panel-header");
        list.setId("findingList");
        list.getStyleClass().add("finding-list");
        list.setItems(vm.findings());
        list.setCellFactory(l -> {
            FindingCell c = new FindingCell();
            c.setWrapText(true);
            c.prefWidthProperty().bind(l.widthProperty().subtract(20));
            return c;
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        message.setId("findingMessage");
        message.getStyleClass().add("finding-message");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        suggestions.setId("suggestionList");
        suggestions.getStyleClass().add("suggestion-list");
        suggestions.setPrefHeight(64);
        accept.setId("acceptButton");
        accept.getStyleClass().add("accent");
        accept.setOnAction(e -> vm.acceptSelected(Math.max(0, suggestions.getSelectionModel().getSelectedIndex())));
        reason.setId("ignoreReason");
        reason.setPromptText("reason (optional)");
        HBox.setHgrow(reason, Priority.ALWAYS);
        ignore.setId("ignoreButton");
        ignore.setOnAction(e -> {
            vm.ignoreSelected(reason.getText());
            reason.clear();
        });
        Label sugLabel = new Label("Suggestions");
        sugLabel.setId("suggestionsLabel");
        sugLabel.getStyleClass().add("small-header");
        VBox detail = new VBox(6, message, sugLabel, suggestions, new HBox(6, accept),
                new HBox(6, reason, ignore));
        detail.setId("findingDetail");
        detail.getStyleClass().add("finding-detail");
        ListView<java.util.Map.Entry<aligncheck.review.FindingKey, String>> ignored =
                new ListView<>(vm.ignoredFindings());
        ignored.setId("ignoredList");
        ignored.setPrefHeight(90);
        ignored.setPlaceholder(new Label("Nothing ignored."));
        ignored.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(java.util.Map.Entry<aligncheck.review.FindingKey, String> e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    return;
                }
                var k = e.getKey();
                setText(k.checkId() + "  " + (k.sourceText() == null ? "" : k.sourceText()) + " "
                        + (k.targetText() == null ? "" : "\"" + k.targetText() + "\"")
                        + (e.getValue().isEmpty() ? "" : " — " + e.getValue()));
            }
        });
        Button unignore = new Button("Stop ignoring");
        unignore.setId("unignoreButton");
        unignore.disableProperty().bind(ignored.getSelectionModel().selectedItemProperty().isNull());
        unignore.setOnAction(e -> vm.unignore(ignored.getSelectionModel().getSelectedItem().getKey()));
        javafx.scene.control.TitledPane ignoredPane = new javafx.scene.control.TitledPane("Ignored findings",
                new VBox(6, ignored, unignore));
        ignoredPane.setId("ignoredPane");
        ignoredPane.setExpanded(false);
        ignoredPane.setAnimated(false);
        root.getChildren().setAll(header, list, detail, ignoredPane);

        vm.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> {
            updateHeader();
            syncSelection();
        });
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!syncing && b.intValue() >= 0) {
                vm.selectFinding(b.intValue());
            }
        });
        vm.selectedFindingProperty().addListener((o, a, b) -> syncSelection());
        updateHeader();
        showDetail();
    }

    VBox node() {
        return root;
    }

    ListView<Finding> list() {
        return list;
    }

    private void updateHeader() {
        long errors = vm.findings().stream().filter(f -> f.severity() == aligncheck.check.Severity.ERROR).count();
        header.setText(vm.findings().size() + " findings (" + errors + " errors), " + vm.ignored().size()
                + " ignored");
    }

    private void syncSelection() {
        syncing = true;
        int i = vm.selectedFindingProperty().get();
        if (i < 0) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedIndex() != i) {
            list.getSelectionModel().clearAndSelect(i);
            list.scrollTo(Math.max(0, i - 2));
        }
        syncing = false;
        showDetail();
    }

    private void showDetail() {
        Finding f = vm.selectedFindingValue();
        if (f == null) {
            message.setText(vm.findings().isEmpty() ? "No findings." : "Select a finding (F8: next).");
            suggestions.getItems().clear();
            accept.setDisable(true);
            ignore.setDisable(true);
            return;
        }
        message.setText(f.severity().label() + " " + f.checkId() + " — pair " + (f.linkIndex() + 1) + "\n"
                + f.message());
        suggestions.getItems().setAll(f.suggestions());
        if (!f.suggestions().isEmpty()) {
            suggestions.getSelectionModel().select(0);
        }
        accept.setDisable(f.suggestions().isEmpty() || f.targetSpan() == null);
        ignore.setDisable(false);
    }

    private static final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            getStyleClass().removeAll("sev-error", "sev-warning", "sev-info");
            if (empty || f == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            getStyleClass().add("sev-" + f.severity().label());
            Label dot = new Label("●");
            dot.getStyleClass().addAll("severity-dot", "sev-" + f.severity().label());
            String what = f.sourceText() == null ? "" : f.sourceText();
            String rendered = f.targetText() == null ? "(missing)" : "\"" + f.targetText() + "\"";
            String fix = f.suggestion() == null ? "" : " → " + f.suggestion();
            setText(f.checkId() + "  · pair " + (f.linkIndex() + 1) + "\n" + what + "  " + rendered + fix);
            setGraphic(dot);
        }
    }
}
