package aligncheck.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.check.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as a person uses it, headless under Monocle (surefire sets the system properties): open the
 * shipped Chinese corpus with one click, jump to a finding, accept it, merge two pairs, undo, save, reopen.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowRobotTest {
    @TempDir
    static Path home;

    ReviewViewModel vm;
    ReviewWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new ReviewViewModel(new TaskRunner(), new RecentPairs(home.resolve("recent.json")));
        window = new ReviewWindow(stage, vm);
        stage.show();
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.loadedProperty().get() && !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openSample(FxRobot robot) throws Exception {
        robot.clickOn("#openSampleChineseButton");
        waitUntilIdle();
    }

    private TableView<?> table(FxRobot robot) {
        return robot.lookup("#pairTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Finding> findingList(FxRobot robot) {
        return robot.lookup("#findingList").queryAs(ListView.class);
    }

    @Test
    void opensTheChineseSampleWithOneClick(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#startPane").query().isVisible());
        openSample(robot);
        assertEquals(36, table(robot).getItems().size());
        assertEquals(7, findingList(robot).getItems().size());
        assertFalse(robot.lookup("#startPane").query().isVisible());
        assertTrue(robot.lookup(".hl-wrong").tryQuery().isPresent(), "a wrong name is highlighted");
        assertTrue(robot.lookup(".hl-right").tryQuery().isPresent(), "right names are highlighted");
    }

    @Test
    void jumpToAFindingWithF8AndAcceptItWithCtrlEnter(FxRobot robot) throws Exception {
        openSample(robot);
        robot.clickOn("#pairTable");
        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        int selected = findingList(robot).getSelectionModel().getSelectedIndex();
        assertEquals(1, selected);
        Finding f = findingList(robot).getItems().get(selected);
        assertEquals(f.linkIndex(), table(robot).getSelectionModel().getSelectedIndex(), "the pair is selected");
        assertTrue(robot.lookup(".hl-selected").tryQuery().isPresent(), "the finding's span is marked");
        robot.type(KeyCode.F8, 2);
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        Finding hagel = findingList(robot).getSelectionModel().getSelectedItem();
        assertEquals("Hagel", hagel.targetText());
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntilIdle();
        assertEquals(6, findingList(robot).getItems().size());
        assertTrue(vm.targetSentence(hagel.targetSentence()).text().contains("Hegseth"));
    }

    @Test
    void mergeTwoPairsThenUndo(FxRobot robot) throws Exception {
        openSample(robot);
        robot.interact(() -> vm.selectedPairProperty().set(1));
        robot.clickOn("#mergeButton");
        waitUntilIdle();
        assertEquals(35, table(robot).getItems().size());
        assertEquals("2-2", vm.pairs().get(1).linkType());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntilIdle();
        assertEquals(36, table(robot).getItems().size());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntilIdle();
        assertEquals(35, table(robot).getItems().size());
    }

    @Test
    void saveThenReopenByDroppingTheSession(FxRobot robot) throws Exception {
        openSample(robot);
        Path file = home.resolve("robot.review.json");
        robot.interact(() -> {
            try {
                vm.saveSession(file);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        robot.interact(() -> vm.selectedPairProperty().set(0));
        robot.clickOn("#mergeButton");
        waitUntilIdle();
        robot.clickOn("#findingList");
        robot.type(KeyCode.HOME);
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        waitUntilIdle();
        assertEquals(6, vm.findings().size());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.dirtyProperty().get(), "Ctrl+S saved to the session file");
        assertTrue(Files.size(file) > 0);
        var before = vm.history().current();
        robot.interact(() -> stage.close());
        robot.interact(() -> {
            Stage again = new Stage();
            vm = new ReviewViewModel(new TaskRunner(), new RecentPairs(home.resolve("recent.json")));
            window = new ReviewWindow(again, vm);
            again.show();
            stage = again;
            window.openDropped(List.of(file));
        });
        waitUntilIdle();
        assertEquals(before, vm.history().current());
        assertEquals(35, table(robot).getItems().size());
        assertEquals(6, findingList(robot).getItems().size());
        assertEquals(1, vm.ignored().size());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntilIdle();
        assertEquals(7, vm.findings().size(), "undo survives the reopening");
        robot.interact(() -> stage.close());
    }

    @Test
    void addASelectedNameToAGlossary(FxRobot robot) throws Exception {
        openSample(robot);
        robot.interact(() -> {
            vm.selectedPairProperty().set(4);
            var src = robot.lookup("#sourceDetail").queryAs(javafx.scene.control.TextArea.class);
            var tgt = robot.lookup("#targetDetail").queryAs(javafx.scene.control.TextArea.class);
            int s = src.getText().indexOf("卡罗琳·莱维特");
            src.selectRange(s, s + "卡罗琳·莱维特".length());
            int t = tgt.getText().indexOf("Caroline Levet");
            tgt.selectRange(t, t + "Caroline Levet".length());
        });
        robot.clickOn("#addToGlossaryButton");
        WaitForAsyncUtils.waitForFxEvents();
        TextField english = robot.lookup("#entryEnglish").queryAs(TextField.class);
        assertEquals("Caroline Levet", english.getText());
        assertEquals("卡罗琳·莱维特", robot.lookup("#entryZhHans").queryAs(TextField.class).getText());
        Label validation = robot.lookup("#entryValidation").queryAs(Label.class);
        assertTrue(validation.getText().contains("already a form of karoline-leavitt"), validation.getText());
        robot.interact(() -> {
            try {
                ReviewApp.writePng(english.getScene(), Path.of("target", "glossary-editor.png"));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void hoveringANameLightsUpItsRenderingOnTheOtherSide(FxRobot robot) throws Exception {
        openSample(robot);
        robot.interact(() -> vm.selectedPairProperty().set(1));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node name = robot.from(stage.getScene().getRoot()).lookup(".source-text .hl-right")
                .queryAll().stream().filter(n -> n.getScene() != null && n.getUserData() instanceof Highlight x
                        && x.group() >= 0 && n.localToScreen(n.getBoundsInLocal()) != null)
                .findFirst().orElseThrow();
        Highlight h = (Highlight) name.getUserData();
        robot.moveTo(name);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(h.group(), vm.linkedGroupProperty().get());
        robot.interact(() -> LargeWindowRobotTest.snapshot(stage.getScene(), "hover-linked.png"));
        assertTrue(robot.from(stage.getScene().getRoot()).lookup(".target-text .hl-linked").queryAll().stream()
                .anyMatch(n -> ((Highlight) n.getUserData()).group() == h.group()), "the rendering lights up");
        robot.moveTo(robot.from(stage.getScene().getRoot()).lookup("#statusLabel").queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-1, vm.linkedGroupProperty().get());
    }
}
