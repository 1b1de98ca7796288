package aligncheck.gui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs each job as a {@link Task} on a daemon thread; progress, results and failures arrive on the FX thread.
 * A cancelled task stops at the work's next progress report.
 */
public final class TaskRunner implements BackgroundRunner {
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "aligncheck-work");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Job submit(String title, Work<T> work, ProgressSink progress, Consumer<T> done,
                          Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                updateProgress(-1, 1);
                updateMessage(title);
                return work.run((fraction, message) -> {
                    if (isCancelled()) {
                        throw new CancellationException();
                    }
                    if (fraction < 0) {
                        updateProgress(-1, 1);
                    } else {
                        updateProgress(Math.min(1, fraction), 1);
                    }
                    updateMessage(message);
                });
            }
        };
        task.progressProperty().addListener((o, a, b) -> progress.show(b.doubleValue(), task.getMessage()));
        task.messageProperty().addListener((o, a, b) -> progress.show(task.getProgress(), b));
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        executor.submit(task);
        return () -> task.cancel(true);
    }
}
