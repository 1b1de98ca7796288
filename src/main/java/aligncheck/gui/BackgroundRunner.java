package aligncheck.gui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs long work (opening a pair, re-checking) off the UI thread and hands the result back on it. The window
 * uses {@link TaskRunner} (a {@code javafx.concurrent.Task} per job); view-model tests use {@link #direct()}.
 */
public interface BackgroundRunner {
    /** A submitted job. Cancelling it means its result (or failure) is never delivered. */
    interface Job {
        void cancel();
    }

    <T> Job submit(String title, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs the work at once on the calling thread (for tests). */
    static BackgroundRunner direct() {
        return new BackgroundRunner() {
            @Override
            public <T> Job submit(String title, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    failed.accept(e);
                    return () -> { };
                }
                done.accept(result);
                return () -> { };
            }
        };
    }
}
