package aligncheck.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.glossary.GlossarySet;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 10,000 pairs in the window (virtualized: it stays responsive), and editing a target in place. */
@ExtendWith(ApplicationExtension.class)
class LargeWindowRobotTest {
    @TempDir
    static Path home;

    ReviewViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new ReviewViewModel(new TaskRunner(), new RecentPairs(home.resolve("recent.json")));
        new ReviewWindow(stage, vm);
        stage.show();
    }

    private void open(FxRobot robot, int pairs) throws Exception {
        robot.interact(() -> vm.open(BigDocs.pairs(pairs), GlossarySet.empty()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.loadedProperty().get() && !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tenThousandPairsStayResponsive(FxRobot robot) throws Exception {
        open(robot, 10_000);
        TableView<?> table = robot.lookup("#pairTable").queryAs(TableView.class);
        assertEquals(10_000, table.getItems().size());
        long t0 = System.nanoTime();
        robot.interact(() -> vm.selectedPairProperty().set(9_990));
        robot.interact(() -> vm.selectedPairProperty().set(5_000));
        robot.clickOn("#pairTable");
        robot.type(KeyCode.PAGE_DOWN, 3);
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(9_999, table.getSelectionModel().getSelectedIndex());
        assertTrue(ms < 5_000, "jumping and scrolling through 10,000 pairs took " + ms + " ms");
        assertTrue(robot.lookup(".row-doubtful").tryQuery().isPresent(), "doubtful links are marked");
    }

    @Test
    void editATargetSentenceInPlace(FxRobot robot) throws Exception {
        open(robot, 30);
        robot.interact(() -> {
            vm.selectedPairProperty().set(2);
            robot.lookup("#pairTable").query().requestFocus();
        });
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea editor = robot.lookup("#targetEditor2").queryAs(TextArea.class);
        robot.interact(() -> editor.setText("Sentence two, edited by hand."));
        robot.interact(() -> snapshot(editor.getScene(), "target-editor.png"));
        robot.clickOn(editor).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Sentence two, edited by hand.", vm.targetSentence(2).text());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.targetSentence(2).text().startsWith("Sentence 2:"));
    }

    @Test
    void cancelALongOpening(FxRobot robot) throws Exception {
        Path src = home.resolve("long.zh.txt");
        Path tgt = home.resolve("long.en.txt");
        Path corpus = ReviewViewModelTest.CORPUS;
        java.nio.file.Files.writeString(src, (java.nio.file.Files.readString(corpus.resolve("source.zh.txt")) + "\n")
                .repeat(40));
        java.nio.file.Files.writeString(tgt, (java.nio.file.Files.readString(corpus.resolve("target.en.txt")) + "\n")
                .repeat(40));
        robot.interact(() -> vm.open(src, tgt));
        assertTrue(vm.busyProperty().get());
        assertTrue(robot.lookup("#progressBar").query().isVisible());
        robot.clickOn("#statusCancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!vm.busyProperty().get() && !vm.loadedProperty().get());
        assertEquals("Cancelled.", vm.statusProperty().get());
        assertTrue(robot.lookup("#startPane").query().isVisible(), "the window is still usable");
    }

    /** For a person to look at: target/NAME. */
    static void snapshot(javafx.scene.Scene scene, String name) {
        try {
            ReviewApp.writePng(scene, Path.of("target", name));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
