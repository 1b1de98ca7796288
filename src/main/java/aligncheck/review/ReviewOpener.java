package aligncheck.review;

import java.nio.file.Path;
import java.util.List;

/**
 * A front end that shows a review to a person (the JavaFX window, found through {@link java.util.ServiceLoader}
 * so that the command line need not depend on it).
 */
public interface ReviewOpener {
    /**
     * What to open. All fields may be null or empty: then the window starts with its open dialog and recent pairs.
     *
     * @param session    a saved review to reopen (instead of source and target)
     * @param glossaries glossary files or folders; empty for the shipped ones
     * @param screenshot when set: open, write a PNG of the window there, and close
     */
    record Request(Path source, Path target, Path session, List<Path> glossaries, Path screenshot) {
        public Request {
            glossaries = glossaries == null ? List.of() : List.copyOf(glossaries);
        }
    }

    /** Shows the review and returns when it is closed; the exit code. */
    int open(Request request) throws Exception;
}
