package aligncheck.glossary;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The glossaries shipped with aligncheck: the project's {@code glossaries/} folder, packaged into the jar as the
 * resource folder {@code /aligncheck/glossaries/}.
 */
public final class ShippedGlossaries {
    static final String RESOURCE = "/aligncheck/glossaries/";
    private static volatile GlossarySet cached;

    private ShippedGlossaries() {
    }

    /** Reads (once) and returns the shipped glossaries. */
    public static GlossarySet load() throws GlossaryException {
        GlossarySet s = cached;
        if (s == null) {
            synchronized (ShippedGlossaries.class) {
                s = cached;
                if (s == null) {
                    s = new GlossaryReader().readAll(List.of(folder()));
                    cached = s;
                }
            }
        }
        return s;
    }

    /** The folder of the shipped glossary files (inside the jar when running from it). */
    public static Path folder() throws GlossaryException {
        URL url = ShippedGlossaries.class.getResource(RESOURCE);
        if (url == null) {
            throw new GlossaryException(null, 0, "the shipped glossaries are missing from the classpath ("
                    + RESOURCE + ")");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(RESOURCE);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new GlossaryException(null, 0, "cannot open the shipped glossaries: " + e.getMessage());
        }
    }
}
