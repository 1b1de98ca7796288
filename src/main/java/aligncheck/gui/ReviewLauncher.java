package aligncheck.gui;

import aligncheck.review.ReviewOpener;
import javafx.application.Application;

/**
 * Starts the review window. Deliberately not an {@link Application}: JavaFX loaded from the class path (the
 * shaded jar) refuses a main class that extends Application, so the launcher hands over to {@link ReviewApp}.
 */
public final class ReviewLauncher implements ReviewOpener {
    @Override
    public int open(Request request) {
        ReviewApp.request = request;
        Application.launch(ReviewApp.class);
        return ReviewApp.exitCode;
    }
}
