package aligncheck.gui;

import aligncheck.check.Finding;
import aligncheck.review.Side;
import aligncheck.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/**
 * The side-by-side view: one row per alignment link (virtualized), source left, target right, the link type
 * and confidence, highlighted names. Double-click (or F2) on a target cell edits its sentences in place.
 */
final class PairTableView {
    private final ReviewViewModel vm;
    private final TableView<PairRow> table = new TableView<>();
    private final TableColumn<PairRow, PairRow> number = new TableColumn<>("#");
    private final TableColumn<PairRow, PairRow> source = new TableColumn<>("Source");
    private final TableColumn<PairRow, PairRow> target = new TableColumn<>("Target");
    private final TableColumn<PairRow, PairRow> link = new TableColumn<>("Link");
    private boolean pinned;
    private boolean syncing;

    PairTableView(ReviewViewModel vm) {
        this.vm = vm;
        table.setId("pairTable");
        table.getStyleClass().add("pair-table");
        table.setItems(vm.pairs());
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (var c : List.of(number, source, target, link)) {
            c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
            c.setSortable(false);
            c.setReorderable(false);
        }
        number.setId("numberColumn");
        source.setId("sourceColumn");
        target.setId("targetColumn");
        link.setId("linkColumn");
        number.setPrefWidth(48);
        number.setMaxWidth(64);
        link.setPrefWidth(84);
        link.setMaxWidth(110);
        source.setPrefWidth(420);
        target.setPrefWidth(520);
        number.setCellFactory(c -> new NumberCell());
        link.setCellFactory(c -> new LinkCell());
        source.setCellFactory(c -> new TextCell(Side.SOURCE));
        target.setCellFactory(c -> new TextCell(Side.TARGET));
        target.setEditable(true);
        source.setEditable(false);
        table.getColumns().setAll(List.of(number, source, link, target));
        table.setPlaceholder(new Label("No pairs."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PairRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("row-doubtful", "row-error", "row-warning");
                if (!empty && item != null) {
                    if (item.doubtful()) {
                        getStyleClass().add("row-doubtful");
                    }
                    if (item.worst() != null) {
                        getStyleClass().add("row-" + item.worst().label());
                    }
                }
            }
        });
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!syncing) {
                syncing = true;
                vm.selectedPairProperty().set(b.intValue());
                syncing = false;
            }
        });
        vm.selectedPairProperty().addListener((o, a, b) -> select(b.intValue()));
        vm.selectedFindingProperty().addListener((o, a, b) -> table.refresh());
        vm.linkedGroupProperty().addListener((o, a, b) -> markLinked(b.intValue()));
        vm.pairs().addListener((javafx.collections.ListChangeListener<PairRow>) c ->
                javafx.application.Platform.runLater(() -> select(vm.selectedPairProperty().get())));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2) {
                editSelectedTarget();
                e.consume();
            }
        });
    }

    TableView<PairRow> node() {
        return table;
    }

    void editSelectedTarget() {
        int i = table.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            table.edit(i, target);
        }
    }

    /** Lights up the highlights of one name group in the visible cells (no rebuild: the pointer stays put). */
    private void markLinked(int group) {
        for (Node n : table.lookupAll(".hl")) {
            boolean on = group >= 0 && n.getUserData() instanceof Highlight h && h.group() == group;
            if (on && !n.getStyleClass().contains("hl-linked")) {
                n.getStyleClass().add("hl-linked");
            } else if (!on) {
                n.getStyleClass().remove("hl-linked");
            }
        }
    }

    private void select(int k) {
        if (k < 0 || k >= table.getItems().size()) {
            return;
        }
        if (table.getSelectionModel().getSelectedIndex() != k) {
            syncing = true;
            table.getSelectionModel().clearAndSelect(k);
            syncing = false;
        }
        scrollIntoView(k);
    }

    private void scrollIntoView(int k) {
        var skin = table.getSkin();
        if (skin instanceof javafx.scene.control.skin.TableViewSkin<?> s) {
            for (Node n : s.getChildren()) {
                if (n instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
                    var first = flow.getFirstVisibleCell();
                    var last = flow.getLastVisibleCell();
                    if (first != null && last != null && first.getIndex() < k && k < last.getIndex()) {
                        return;
                    }
                    flow.scrollTo(Math.max(0, k - 2));
                    return;
                }
            }
        }
        table.scrollTo(Math.max(0, k - 2));
    }

    /** The highlight of the selected finding in a row, or null. */
    private Highlight selectedHighlight(PairRow row, Side side) {
        Finding f = vm.selectedFindingValue();
        if (f == null || f.linkIndex() != row.index()) {
            return null;
        }
        int sentence = side == Side.SOURCE ? f.sourceSentence() : f.targetSentence();
        var span = side == Side.SOURCE ? f.sourceSpan() : f.targetSpan();
        if (span == null) {
            return null;
        }
        return SentenceFlow.visible(row.highlights(side), sentence, Integer.MAX_VALUE).stream()
                .filter(h -> h.span().equals(span)).findFirst().orElse(null);
    }

    private final class NumberCell extends TableCell<PairRow, PairRow> {
        @Override
        protected void updateItem(PairRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Integer.toString(item.index() + 1));
            getStyleClass().add("number-cell");
        }
    }

    private final class LinkCell extends TableCell<PairRow, PairRow> {
        LinkCell() {
            getStyleClass().add("link-cell");
        }

        @Override
        protected void updateItem(PairRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("doubtful");
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String conf = String.format(Locale.ROOT, "%.2f", item.confidence());
            setText(item.linkType() + "\n" + conf + (item.doubtful() ? " ?" : ""));
            if (item.doubtful()) {
                getStyleClass().add("doubtful");
            }
            setTooltip(new javafx.scene.control.Tooltip("link " + item.link().format() + ", confidence " + conf
                    + (item.doubtful() ? " — doubtful: check this pair" : "")
                    + (item.findings() > 0 ? "\n" + item.findings() + " finding(s)" : "")));
        }
    }

    private final class TextCell extends TableCell<PairRow, PairRow> {
        private final Side side;
        private final List<TextArea> editors = new ArrayList<>();

        TextCell(Side side) {
            this.side = side;
            getStyleClass().add(side == Side.SOURCE ? "source-cell" : "target-cell");
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(PairRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            if (isEditing()) {
                return;
            }
            setGraphic(flow(item));
        }

        private TextFlow flow(PairRow item) {
            TextFlow flow = SentenceFlow.build(item, side, selectedHighlight(item, side));
            flow.maxWidthProperty().bind(getTableColumn().widthProperty().subtract(14));
            int group = vm.linkedGroupProperty().get();
            for (Node n : flow.getChildren()) {
                if (n.getUserData() instanceof Highlight h) {
                    if (group >= 0 && h.group() == group) {
                        n.getStyleClass().add("hl-linked");
                    }
                    n.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                        if (!pinned && h.group() >= 0) {
                            vm.linkedGroupProperty().set(h.group());
                        }
                    });
                    n.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
                        if (!pinned) {
                            vm.linkedGroupProperty().set(-1);
                        }
                    });
                    n.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                        boolean same = vm.linkedGroupProperty().get() == h.group();
                        pinned = !(pinned && same) && h.group() >= 0;
                        vm.linkedGroupProperty().set(pinned ? h.group() : -1);
                    });
                }
            }
            return flow;
        }

        /** The height the text needs at the column's width (a TextFlow alone reports its unwrapped height). */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() instanceof TextFlow f && getTableColumn() != null) {
                double w = getTableColumn().getWidth() - snappedLeftInset() - snappedRightInset() - 14;
                return Math.ceil(f.prefHeight(Math.max(40, w))) + snappedTopInset() + snappedBottomInset();
            }
            return super.computePrefHeight(width);
        }

        @Override
        public void startEdit() {
            PairRow item = getItem();
            if (side != Side.TARGET || item == null || item.target().isEmpty()) {
                return;
            }
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            editors.clear();
            VBox box = new VBox(4);
            box.getStyleClass().add("target-editor");
            for (Sentence s : item.target()) {
                TextArea ta = new TextArea(s.text());
                ta.setId("targetEditor" + s.index());
                ta.setWrapText(true);
                ta.setPrefRowCount(Math.max(2, s.text().length() / 70 + 1));
                ta.setUserData(s);
                ta.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                        e.consume();
                        commitEditors();
                    } else if (e.getCode() == KeyCode.ESCAPE) {
                        e.consume();
                        cancelEdit();
                    }
                });
                editors.add(ta);
                box.getChildren().add(ta);
            }
            Label hint = new Label("Enter: apply · Esc: cancel");
            hint.getStyleClass().add("editor-hint");
            box.getChildren().add(hint);
            setGraphic(box);
            editors.get(0).requestFocus();
            editors.get(0).positionCaret(editors.get(0).getText().length());
        }

        private void commitEditors() {
            List<TextArea> eds = List.copyOf(editors);
            cancelEdit();
            for (TextArea ta : eds) {
                Sentence s = (Sentence) ta.getUserData();
                vm.editTarget(s.index(), ta.getText().replace('\n', ' '));
            }
            table.requestFocus();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            editors.clear();
            if (getItem() != null) {
                setGraphic(flow(getItem()));
            }
        }
    }
}
