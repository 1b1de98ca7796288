package aligncheck.align;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * A value built once, on first use, and the wall time building it took (lexicons take a second or so to load and
 * {@code eval} reports that apart from the alignment time). Thread-safe: concurrent first callers wait for one
 * build.
 *
 * @param <T> the value's type
 */
final class Lazy<T> implements Supplier<T> {
    private final String name;
    private final Supplier<T> build;
    private volatile T value;
    private volatile double seconds = -1;

    Lazy(String name, Supplier<T> build) {
        this.name = Objects.requireNonNull(name, "name");
        this.build = Objects.requireNonNull(build, "build");
    }

    @Override
    public T get() {
        T v = value;
        if (v != null) {
            return v;
        }
        synchronized (this) {
            if (value == null) {
                long t0 = System.nanoTime();
                value = Objects.requireNonNull(build.get(), name);
                seconds = (System.nanoTime() - t0) / 1e9;
            }
            return value;
        }
    }

    String name() {
        return name;
    }

    /** Seconds the build took, empty while it has not run. */
    OptionalDouble loadSeconds() {
        double s = seconds;
        return s < 0 ? OptionalDouble.empty() : OptionalDouble.of(s);
    }
}
