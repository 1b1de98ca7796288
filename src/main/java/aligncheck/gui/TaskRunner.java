package aligncheck.gui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs each job as a {@link Task} on a daemon thread; results and failures arrive on the FX thread. */
public final class TaskRunner implements BackgroundRunner {
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "aligncheck-work");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Job submit(String title, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                updateProgress(-1, 1);
                return work.call();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        executor.submit(task);
        return () -> task.cancel(true);
    }
}
