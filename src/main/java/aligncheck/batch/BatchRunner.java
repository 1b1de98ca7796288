package aligncheck.batch;

import aligncheck.glossary.GlossarySet;
import aligncheck.io.InputException;
import aligncheck.pipeline.Pipeline;
import aligncheck.report.InputFailure;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks many pairs on a fixed pool of threads and hands the outcomes on in the pairs' order.
 *
 * <p>Each pair is checked on a pool thread, which then calls {@link Listener#finished} (in completion order, from
 * several threads at once: it must be thread-safe; a per-document report is written there, as soon as the pair is
 * done). The calling thread receives every outcome in the pairs' order through {@link Listener#inOrder} (for the
 * combined report). At most {@code 2 × threads} pairs are in flight or waiting for their turn, so the results held
 * at once are bounded whatever the number of pairs. A pair whose input is bad, or on which a bug is met, is a
 * {@link Outcome.Failed}; the batch goes on.
 */
public final class BatchRunner {
    /** Receives the outcomes. */
    public interface Listener {
        /** On a pool thread as soon as a pair is done. Must be thread-safe. */
        void finished(int index, DocumentPair pair, Outcome outcome) throws Exception;

        /** On the calling thread, in the pairs' order. */
        void inOrder(int index, DocumentPair pair, Outcome outcome) throws Exception;
    }

    private final Pipeline.Options defaults;
    private final GlossarySet glossaries;
    private final int threads;
    private final Map<Pipeline.Options, Pipeline> pipelines = new ConcurrentHashMap<>();

    public BatchRunner(Pipeline.Options defaults, GlossarySet glossaries, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.defaults = defaults;
        this.glossaries = glossaries;
        this.threads = threads;
    }

    private record Pending(int index, Future<Outcome> future) {
    }

    /** Runs the batch; returns when every pair has been handed to {@link Listener#inOrder}. */
    public void run(List<DocumentPair> pairs, Listener listener) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "aligncheck-batch");
            t.setDaemon(true);
            return t;
        });
        int window = 2 * threads;
        ArrayDeque<Pending> inFlight = new ArrayDeque<>();
        try {
            for (int i = 0; i < pairs.size(); i++) {
                while (inFlight.size() >= window) {
                    handOn(inFlight.poll(), pairs, listener);
                }
                int index = i;
                DocumentPair pair = pairs.get(i);
                inFlight.add(new Pending(i, pool.submit(() -> {
                    Outcome o = check(pair);
                    listener.finished(index, pair, o);
                    return o;
                })));
            }
            while (!inFlight.isEmpty()) {
                handOn(inFlight.poll(), pairs, listener);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void handOn(Pending p, List<DocumentPair> pairs, Listener listener) throws Exception {
        Outcome o;
        try {
            o = p.future().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            throw e;
        }
        listener.inOrder(p.index(), pairs.get(p.index()), o);
    }

    /** Checks one pair; never throws for a problem of the pair. */
    public Outcome check(DocumentPair pair) {
        try {
            Pipeline.Options o = pair.options() == null ? defaults : pair.options();
            Pipeline pipeline = pipelines.computeIfAbsent(o, k -> new Pipeline(k, glossaries));
            return new Outcome.Checked(pipeline.check(pair.source(), pair.target()));
        } catch (InputException e) {
            return new Outcome.Failed(new InputFailure(pair.source().toString(), pair.target().toString(),
                    e.file().toString(), e.line(), e.reason()), false);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome.Failed(new InputFailure(pair.source().toString(), pair.target().toString(),
                    pair.target().toString(), 0, "internal error: " + e), true);
        }
    }
}
