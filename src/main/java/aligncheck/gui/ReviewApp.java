package aligncheck.gui;

import aligncheck.review.ReviewOpener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/** The JavaFX application of the review window; started by {@link ReviewLauncher}. */
public final class ReviewApp extends Application {
    static volatile ReviewOpener.Request request = new ReviewOpener.Request(null, null, null, null, null);
    static volatile int exitCode;

    @Override
    public void start(Stage stage) {
        ReviewOpener.Request r = request;
        ReviewViewModel vm = new ReviewViewModel(new TaskRunner(), RecentPairs.inAppHome());
        ReviewWindow window = new ReviewWindow(stage, vm);
        stage.show();
        if (r.session() != null) {
            vm.openSession(r.session());
        } else if (r.source() != null && r.target() != null) {
            vm.open(r.source(), r.target(), r.glossaries());
        }
        if (r.screenshot() != null) {
            boolean opening = r.session() != null || r.source() != null;
            screenshotWhenLoaded(vm, window.scene(), r.screenshot(), opening);
        }
    }

    /** Waits until the pair is open and checked, lets the window settle, writes a PNG and quits. */
    private static void screenshotWhenLoaded(ReviewViewModel vm, Scene scene, Path png, boolean opening) {
        PauseTransition poll = new PauseTransition(Duration.millis(300));
        long deadline = System.currentTimeMillis() + 60_000;
        poll.setOnFinished(e -> {
            boolean waiting = vm.busyProperty().get() || opening && !vm.loadedProperty().get();
            if (waiting && System.currentTimeMillis() < deadline) {
                poll.playFromStart();
                return;
            }
            PauseTransition settle = new PauseTransition(Duration.millis(1500));
            settle.setOnFinished(x -> {
                try {
                    writePng(scene, png);
                } catch (IOException ex) {
                    System.err.println("aligncheck: cannot write " + png + ": " + ex.getMessage());
                    exitCode = 3;
                }
                Platform.exit();
            });
            settle.play();
        });
        poll.play();
    }

    static void writePng(Scene scene, Path png) throws IOException {
        WritableImage img = scene.snapshot(null);
        Path abs = png.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", abs.toFile());
    }
}
