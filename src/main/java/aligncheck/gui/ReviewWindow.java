package aligncheck.gui;

import aligncheck.review.Edit;
import aligncheck.review.Side;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The review window: menus and tool bar, the side-by-side pairs, the findings panel, the status bar. Thin: every
 * command calls the {@link ReviewViewModel}; every control has an id.
 */
public final class ReviewWindow {
    /** How often unsaved changes are written to the autosave side file. */
    static final Duration AUTOSAVE_EVERY = Duration.seconds(5);

    private final ReviewViewModel vm;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final PairTableView pairs;
    private final FindingsPanel findings;
    private final PairDetailView detail;
    private final Timeline autosave;
    private GlossaryEditorWindow glossaryEditor;

    public ReviewWindow(Stage stage, ReviewViewModel vm) {
        this.stage = stage;
        this.vm = vm;
        this.pairs = new PairTableView(vm);
        this.findings = new FindingsPanel(vm);
        this.detail = new PairDetailView(vm, (s, t) -> glossaryEditor().show(s, t));
        root.setId("reviewRoot");
        root.getStyleClass().add("review-root");
        root.setTop(new VBox(menuBar(), toolBar()));
        StartPane start = new StartPane(vm, this::chooseAndOpen, this::chooseAndOpenSession);
        SplitPane left = new SplitPane(pairs.node(), detail.node());
        left.setId("leftSplit");
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(detail.node(), false);
        SplitPane main = new SplitPane(left, findings.node());
        main.setId("mainSplit");
        main.setOrientation(Orientation.HORIZONTAL);
        main.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(findings.node(), false);
        main.visibleProperty().bind(vm.loadedProperty());
        start.node().visibleProperty().bind(vm.loadedProperty().not());
        root.setCenter(new StackPane(start.node(), main));
        root.setBottom(statusBar());
        Scene scene = new Scene(root, 1360, 820);
        scene.getStylesheets().add(ReviewWindow.class.getResource("review.css").toExternalForm());
        installDragAndDrop(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> vm.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        stage.setOnHidden(e -> {
            autosave.stop();
            vm.autosave();
        });
    }

    public Scene scene() {
        return stage.getScene();
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.setId("fileMenu");
        file.getItems().addAll(
                item("openMenuItem", "Open source and translation…", "Shortcut+O", this::chooseAndOpen),
                item("openSampleChineseMenuItem", "Open sample (Chinese)", null, () -> vm.openSample(Samples.CHINESE)),
                item("openSampleJapaneseMenuItem", "Open sample (Japanese)", null,
                        () -> vm.openSample(Samples.JAPANESE)),
                item("openSessionMenuItem", "Open saved review…", "Shortcut+Shift+O", this::chooseAndOpenSession),
                new SeparatorMenuItem(),
                loadedItem("saveMenuItem", "Save review", "Shortcut+S", this::save),
                loadedItem("saveAsMenuItem", "Save review as…", "Shortcut+Shift+S", this::saveAs),
                new SeparatorMenuItem(),
                loadedItem("exportTranslationMenuItem", "Export corrected translation…", "Shortcut+E",
                        this::exportTranslation),
                loadedItem("exportJsonMenuItem", "Export findings report (JSON)…", null, () -> exportReport(true)),
                loadedItem("exportTextMenuItem", "Export findings report (text)…", null, () -> exportReport(false)),
                loadedItem("exportTmxMenuItem", "Export TMX…", null,
                        () -> export(aligncheck.io.ExportFormat.TMX, "aligned.tmx")),
                loadedItem("exportXliffMenuItem", "Export XLIFF 2.0…", null,
                        () -> export(aligncheck.io.ExportFormat.XLIFF, "aligned.xlf")),
                loadedItem("exportTsvMenuItem", "Export alignment (TSV)…", null,
                        () -> export(aligncheck.io.ExportFormat.TSV, "alignment.tsv")),
                new SeparatorMenuItem(),
                item("quitMenuItem", "Quit", "Shortcut+Q", stage::close));
        Menu edit = new Menu("_Edit");
        edit.setId("editMenu");
        MenuItem undo = item("undoMenuItem", "Undo", "Shortcut+Z", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        MenuItem redo = item("redoMenuItem", "Redo", "Shortcut+Y", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        MenuItem redo2 = item("redoAltMenuItem", "Redo (alternative)", "Shortcut+Shift+Z", vm::redo);
        redo2.disableProperty().bind(vm.canRedoProperty().not());
        edit.getItems().addAll(undo, redo, redo2, new SeparatorMenuItem(),
                loadedItem("nextFindingMenuItem", "Next finding", "F8", vm::nextFinding),
                loadedItem("previousFindingMenuItem", "Previous finding", "Shift+F8", vm::previousFinding),
                loadedItem("acceptMenuItem", "Accept suggestion", "Shortcut+Enter", vm::acceptSelected),
                loadedItem("ignoreMenuItem", "Ignore finding", "Shortcut+I", () -> vm.ignoreSelected("")),
                loadedItem("editTargetMenuItem", "Edit target text", "F2", pairs::editSelectedTarget));
        Menu align = new Menu("_Alignment");
        align.setId("alignmentMenu");
        align.getItems().addAll(
                loadedItem("mergeMenuItem", "Merge with the next pair", "Shortcut+M", () -> vm.mergeWithNext(pair())),
                loadedItem("splitMenuItem", "Split pair", "Shortcut+T", () -> vm.splitEvenly(pair())),
                loadedItem("splitAtMenuItem", "Split pair at…", "Shortcut+Shift+T", this::splitAt),
                new SeparatorMenuItem(),
                loadedItem("targetUpMenuItem", "Target boundary up (next target sentence joins this pair)",
                        "Alt+Up", () -> vm.moveBoundary(pair(), Side.TARGET, Edit.MoveBoundary.Direction.UP)),
                loadedItem("targetDownMenuItem", "Target boundary down (last target sentence goes to the next pair)",
                        "Alt+Down", () -> vm.moveBoundary(pair(), Side.TARGET, Edit.MoveBoundary.Direction.DOWN)),
                loadedItem("sourceUpMenuItem", "Source boundary up", "Alt+Shift+Up",
                        () -> vm.moveBoundary(pair(), Side.SOURCE, Edit.MoveBoundary.Direction.UP)),
                loadedItem("sourceDownMenuItem", "Source boundary down", "Alt+Shift+Down",
                        () -> vm.moveBoundary(pair(), Side.SOURCE, Edit.MoveBoundary.Direction.DOWN)),
                new SeparatorMenuItem(),
                loadedItem("emptyTargetMenuItem", "Empty target side (source not translated)", null,
                        () -> vm.insertEmptySide(pair(), Side.TARGET)),
                loadedItem("emptySourceMenuItem", "Empty source side (target added)", null,
                        () -> vm.insertEmptySide(pair(), Side.SOURCE)));
        Menu gloss = new Menu("_Glossary");
        gloss.setId("glossaryMenu");
        gloss.getItems().addAll(
                item("editGlossariesMenuItem", "Edit glossaries…", null, () -> glossaryEditor().show(null, null)),
                loadedItem("addToGlossaryMenuItem", "Add selection to glossary…", "Shortcut+G",
                        this::addSelectionToGlossary));
        MenuBar bar = new MenuBar(file, edit, align, gloss);
        bar.setId("menuBar");
        return bar;
    }

    private ToolBar toolBar() {
        Button cancel = button("cancelButton", "Cancel", vm::cancel);
        cancel.visibleProperty().bind(vm.busyProperty());
        ToolBar bar = new ToolBar(
                button("openButton", "Open…", this::chooseAndOpen),
                button("openSampleButton", "Open sample (Chinese)", () -> vm.openSample(Samples.CHINESE)),
                button("saveButton", "Save", this::save),
                new javafx.scene.control.Separator(),
                bound(button("undoButton", "Undo", vm::undo), vm.canUndoProperty()),
                bound(button("redoButton", "Redo", vm::redo), vm.canRedoProperty()),
                new javafx.scene.control.Separator(),
                loaded(button("previousFindingButton", "◀ Previous", vm::previousFinding)),
                loaded(button("nextFindingButton", "Next ▶", vm::nextFinding)),
                loaded(button("acceptToolButton", "Accept", vm::acceptSelected)),
                loaded(button("ignoreToolButton", "Ignore", () -> vm.ignoreSelected(""))),
                new javafx.scene.control.Separator(),
                loaded(button("mergeButton", "Merge ↓", () -> vm.mergeWithNext(pair()))),
                loaded(button("splitButton", "Split", () -> vm.splitEvenly(pair()))),
                loaded(button("targetUpButton", "Target ↑", () -> vm.moveBoundary(pair(), Side.TARGET,
                        Edit.MoveBoundary.Direction.UP))),
                loaded(button("targetDownButton", "Target ↓", () -> vm.moveBoundary(pair(), Side.TARGET,
                        Edit.MoveBoundary.Direction.DOWN))),
                new javafx.scene.control.Separator(),
                button("glossaryButton", "Glossaries…", () -> glossaryEditor().show(null, null)));
        bar.setId("toolBar");
        return bar;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Label busy = new Label();
        busy.setId("busyLabel");
        busy.textProperty().bind(vm.busyMessageProperty());
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("progressBar");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        Button cancel = button("statusCancelButton", "Cancel", vm::cancel);
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(vm.busyProperty());
        Label dirty = new Label();
        dirty.setId("dirtyLabel");
        dirty.textProperty().bind(javafx.beans.binding.Bindings.when(vm.dirtyProperty())
                .then("unsaved changes (autosaved)").otherwise(""));
        HBox legend = legend();
        HBox bar = new HBox(8, status, busy, progress, cancel, dirty, legend);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** What the highlight colours mean. */
    private static HBox legend() {
        HBox box = new HBox(4);
        box.setId("legend");
        box.getStyleClass().add("legend");
        String[][] items = {{"right", "hl-right"}, {"wrong", "hl-wrong"}, {"missing", "hl-missing"},
                {"suspect", "hl-suspect"}, {"inconsistent", "hl-inconsistent"}, {"other finding", "hl-finding"}};
        for (String[] it : items) {
            Label l = new Label(it[0]);
            l.getStyleClass().addAll("hl", it[1], "legend-item");
            l.setId("legend-" + it[1].substring(3));
            box.getChildren().add(l);
        }
        return box;
    }

    // ---- commands ------------------------------------------------------------------------------------------

    private int pair() {
        return vm.selectedPairProperty().get();
    }

    private void splitAt() {
        int k = pair();
        if (k < 0 || k >= vm.pairs().size()) {
            return;
        }
        SplitDialog.ask(stage, vm.pairs().get(k)).ifPresent(c -> vm.split(k, c[0], c[1]));
    }

    private void chooseAndOpen() {
        FileChooser fc = textChooser("Open the original (Chinese or Japanese)");
        File src = fc.showOpenDialog(stage);
        if (src == null) {
            return;
        }
        fc.setTitle("Open the English translation of " + src.getName());
        fc.setInitialDirectory(src.getParentFile());
        File tgt = fc.showOpenDialog(stage);
        if (tgt != null) {
            vm.open(src.toPath(), tgt.toPath());
        }
    }

    private void chooseAndOpenSession() {
        FileChooser fc = jsonChooser("Open a saved review");
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            vm.openSession(f.toPath());
        }
    }

    private void save() {
        Path f = vm.sessionFileProperty().get();
        if (f == null) {
            saveAs();
            return;
        }
        write(() -> vm.saveSession(f));
    }

    private void saveAs() {
        if (!vm.loadedProperty().get()) {
            return;
        }
        FileChooser fc = jsonChooser("Save the review");
        fc.setInitialFileName("review.aligncheck.json");
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            write(() -> vm.saveSession(f.toPath()));
        }
    }

    private void exportTranslation() {
        FileChooser fc = textChooser("Export the corrected translation");
        fc.setInitialFileName("target.corrected.en.txt");
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            write(() -> vm.exportTranslation(f.toPath()));
        }
    }

    private void exportReport(boolean json) {
        FileChooser fc = json ? jsonChooser("Export the findings (JSON)") : textChooser("Export the findings");
        fc.setInitialFileName(json ? "findings.json" : "findings.txt");
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            write(() -> vm.exportReport(f.toPath(), json));
        }
    }

    private void export(aligncheck.io.ExportFormat format, String name) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export " + format.name());
        fc.setInitialFileName(name);
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            write(() -> vm.export(f.toPath(), format));
        }
    }

    private void addSelectionToGlossary() {
        glossaryEditor().show(detail.selectedSource(), detail.selectedTarget());
    }

    GlossaryEditorWindow glossaryEditor() {
        if (glossaryEditor == null) {
            glossaryEditor = new GlossaryEditorWindow(stage, vm);
        }
        return glossaryEditor;
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private void write(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.initOwner(stage);
            alert.show();
        }
    }

    private void installDragAndDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<Path> files = e.getDragboard().hasFiles()
                    ? e.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
            boolean ok = openDropped(files);
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Two text files: a pair (the one with Chinese/Japanese is the source); one .json file: a saved review. */
    boolean openDropped(List<Path> files) {
        if (files.size() == 1 && files.get(0).toString().endsWith(".json")) {
            vm.openSession(files.get(0));
            return true;
        }
        var pair = DroppedFiles.pair(files);
        pair.ifPresent(p -> vm.open(p.source(), p.target()));
        return pair.isPresent();
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static FileChooser textChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Text files", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return fc;
    }

    private static FileChooser jsonChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Reviews", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return fc;
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private MenuItem loadedItem(String id, String text, String accelerator, Runnable action) {
        MenuItem m = item(id, text, accelerator, action);
        m.disableProperty().bind(vm.loadedProperty().not());
        return m;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Button loaded(Button b) {
        b.disableProperty().bind(vm.loadedProperty().not());
        return b;
    }

    private static Button bound(Button b, javafx.beans.value.ObservableBooleanValue enabled) {
        b.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        return b;
    }

    static KeyCodeCombination shortcut(KeyCode k) {
        return new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN);
    }
}
