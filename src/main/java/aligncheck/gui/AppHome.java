package aligncheck.gui;

import java.nio.file.Path;

/** The folder for aligncheck's own files: {@code ~/.aligncheck}, or the system property {@code aligncheck.home}. */
final class AppHome {
    private AppHome() {
    }

    static Path dir() {
        String p = System.getProperty("aligncheck.home");
        return p != null && !p.isBlank() ? Path.of(p) : Path.of(System.getProperty("user.home"), ".aligncheck");
    }
}
