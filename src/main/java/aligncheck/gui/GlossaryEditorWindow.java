package aligncheck.gui;

import javafx.stage.Stage;

/** The glossary editor's window (placeholder until the editor lands). */
final class GlossaryEditorWindow {
    GlossaryEditorWindow(Stage owner, ReviewViewModel vm) {
    }

    void show(String source, String target) {
    }
}
