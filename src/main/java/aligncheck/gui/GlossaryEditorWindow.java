package aligncheck.gui;

import aligncheck.glossary.EntryType;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossaryException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The glossary editor: the glossaries in force, a searchable table of entries, a form with inline validation,
 * add / apply / delete, and save (then the review re-checks with the edited glossaries).
 */
final class GlossaryEditorWindow {
    private final Stage owner;
    private final ReviewViewModel review;
    private Stage stage;
    private GlossaryEditorViewModel vm;

    GlossaryEditorWindow(Stage owner, ReviewViewModel review) {
        this.owner = owner;
        this.review = review;
    }

    /** Shows the editor; with a selection, a new entry prefilled from it. */
    void show(String sourceSelection, String targetSelection) {
        if (stage == null) {
            if (review.glossaries() == null) {
                try {
                    vm = GlossaryEditorViewModel.inAppHome(aligncheck.glossary.ShippedGlossaries.load());
                } catch (GlossaryException e) {
                    new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, e.getMessage()).show();
                    return;
                }
            } else {
                vm = GlossaryEditorViewModel.inAppHome(review.glossaries());
            }
            stage = build();
        }
        boolean fromSelection = sourceSelection != null && !sourceSelection.isBlank()
                || targetSelection != null && !targetSelection.isBlank();
        if (fromSelection) {
            vm.newEntry(sourceSelection, targetSelection);
        }
        stage.show();
        stage.toFront();
    }

    GlossaryEditorViewModel viewModel() {
        return vm;
    }

    private Stage build() {
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle("aligncheck — glossaries");
        ComboBox<GlossaryEditorViewModel.Draft> which = new ComboBox<>(vm.glossaries());
        which.setId("glossaryChoice");
        which.getSelectionModel().select(vm.selectedGlossaryProperty().get());
        which.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                vm.selectedGlossaryProperty().set(b.intValue());
            }
        });
        vm.selectedGlossaryProperty().addListener((o, a, b) -> which.getSelectionModel().select(b.intValue()));
        TextField search = new TextField();
        search.setId("glossarySearch");
        search.setPromptText("search id, English, source forms, wrong forms …");
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Label whichLabel = new Label("Glossary");
        whichLabel.setId("glossaryChoiceLabel");
        HBox top = new HBox(8, whichLabel, which, search);
        top.setPadding(new Insets(8));

        TableView<GlossaryEntry> table = new TableView<>(vm.entries());
        table.setId("glossaryTable");
        table.getColumns().setAll(List.of(
                column("ID", 170, GlossaryEntry::id),
                column("Type", 80, e -> e.type().jsonName()),
                column("English", 170, GlossaryEntry::english),
                column("Source forms", 200, e -> String.join("; ", e.sourceForms())),
                column("Wrong", 150, e -> String.join("; ", e.wrong()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.edit(b);
            }
        });

        GridPane form = new GridPane();
        form.setId("entryForm");
        form.setHgap(6);
        form.setVgap(6);
        form.setPadding(new Insets(8));
        form.getColumnConstraints().addAll(new ColumnConstraints(90), new ColumnConstraints(200, 320, 600));
        ComboBox<EntryType> type = new ComboBox<>();
        type.setId("entryType");
        type.getItems().setAll(EntryType.values());
        type.valueProperty().bindBidirectional(vm.type);
        int row = 0;
        form.addRow(row++, label("ID", "entryId"), field("entryId", vm.id));
        form.addRow(row++, label("Type", "entryType"), type);
        form.addRow(row++, label("English", "entryEnglish"), field("entryEnglish", vm.english));
        form.addRow(row++, label("zh-Hans", "entryZhHans"), field("entryZhHans", vm.zhHans));
        form.addRow(row++, label("zh-Hant", "entryZhHant"), field("entryZhHant", vm.zhHant));
        form.addRow(row++, label("ja", "entryJa"), field("entryJa", vm.ja));
        form.addRow(row++, label("Variants", "entryVariants"), field("entryVariants", vm.variants));
        form.addRow(row++, label("Wrong", "entryWrong"), field("entryWrong", vm.wrong));
        form.addRow(row++, label("Description", "entryDescription"), field("entryDescription", vm.description));
        form.addRow(row++, label("Note", "entryNote"), field("entryNote", vm.note));
        Label hint = new Label("Lists: separate forms with ;");
        hint.setId("entryListHint");
        hint.getStyleClass().add("editor-hint");
        form.add(hint, 1, row++);
        Label validation = new Label();
        validation.setId("entryValidation");
        validation.getStyleClass().add("validation");
        validation.setWrapText(true);
        validation.textProperty().bind(javafx.beans.binding.Bindings.when(vm.validationProperty().isEmpty())
                .then("✓ valid").otherwise(vm.validationProperty()));
        vm.validationProperty().addListener((o, a, b) -> {
            validation.getStyleClass().remove("ok");
            if (b.isEmpty()) {
                validation.getStyleClass().add("ok");
            }
        });
        form.add(validation, 1, row++);
        Button apply = button("applyEntryButton", "Apply", vm::apply);
        Button add = button("newEntryButton", "New entry", () -> vm.newEntry("", ""));
        Button delete = button("deleteEntryButton", "Delete", () -> vm.delete(table.getSelectionModel().getSelectedItem()));
        form.add(new HBox(6, apply, add, delete), 1, row++);

        Label status = new Label();
        status.setId("glossaryStatus");
        status.textProperty().bind(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button save = button("saveGlossariesButton", "Save glossaries", () -> {
            try {
                List<Path> paths = vm.save();
                review.useGlossaries(vm.glossarySet(), paths);
            } catch (IOException | GlossaryException e) {
                vm.statusProperty().set("Not saved: " + e.getMessage());
            }
        });
        Button use = button("useGlossariesButton", "Re-check with these (unsaved)", () ->
                review.useGlossaries(vm.glossarySet(), review.glossaryPaths()));
        HBox bottom = new HBox(8, status, use, save);
        bottom.setPadding(new Insets(8));
        bottom.getStyleClass().add("status-bar");

        SplitPane center = new SplitPane(table, new VBox(form));
        center.setDividerPositions(0.58);
        BorderPane root = new BorderPane(center, top, null, bottom, null);
        root.setId("glossaryEditorRoot");
        root.getStyleClass().add("glossary-editor");
        Scene scene = new Scene(root, 1180, 640);
        scene.getStylesheets().add(GlossaryEditorWindow.class.getResource("review.css").toExternalForm());
        s.setScene(scene);
        return s;
    }

    private static TableColumn<GlossaryEntry, String> column(String title, double width,
                                                            java.util.function.Function<GlossaryEntry, String> f) {
        TableColumn<GlossaryEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }

    private static Label label(String text, String fieldId) {
        Label l = new Label(text);
        l.setId(fieldId + "Label");
        return l;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
