package aligncheck.gui;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Runs long work (opening a pair, re-checking) off the UI thread and hands progress and the result back on it.
 * The window uses {@link TaskRunner} (a {@code javafx.concurrent.Task} per job); view-model tests use
 * {@link #direct()}.
 */
public interface BackgroundRunner {
    /** A submitted job. Cancelling it stops it at its next progress report, and its result is never delivered. */
    interface Job {
        void cancel();
    }

    /** What the work reports; {@link #update} throws {@link CancellationException} once the job is cancelled. */
    interface Progress {
        /** @param fraction done so far in [0,1], or -1 when unknown */
        void update(double fraction, String message);
    }

    /** Work that reports its progress. */
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Where progress goes, on the UI thread. */
    interface ProgressSink {
        void show(double fraction, String message);
    }

    <T> Job submit(String title, Work<T> work, ProgressSink progress, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs the work at once on the calling thread (for tests). */
    static BackgroundRunner direct() {
        return new BackgroundRunner() {
            @Override
            public <T> Job submit(String title, Work<T> work, ProgressSink progress, Consumer<T> done,
                                  Consumer<Throwable> failed) {
                T result;
                try {
                    result = work.run(progress::show);
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
