package aligncheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Samples the heap every 20 ms: the most in use (garbage included: the collector lets it grow towards the
 * maximum) and the most left after a collection (the heap pools' usage after their latest collection,
 * summed: what the run really holds).
 */
final class HeapSampler implements Runnable {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private volatile boolean running = true;
    private Thread thread;
    volatile long peakUsed;
    volatile long peakLive;

    /** The most the heap held just before a collection since {@link #start()} (see {@link #peakBeforeCollection}). */
    private final java.util.concurrent.atomic.AtomicLong beforeCollection = new java.util.concurrent.atomic.AtomicLong();
    private final List<javax.management.NotificationEmitter> emitters = new java.util.ArrayList<>();
    private final javax.management.NotificationListener listener = (n, handback) -> {
        if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())
                && n.getUserData() instanceof javax.management.openmbean.CompositeData data) {
            long sum = 0;
            for (var e : com.sun.management.GarbageCollectionNotificationInfo.from(data).getGcInfo()
                    .getMemoryUsageBeforeGc().entrySet()) {
                if (isHeapPool(e.getKey())) {
                    sum += e.getValue().getUsed();
                }
            }
            beforeCollection.accumulateAndGet(sum, Math::max);
        }
    };

    private boolean isHeapPool(String name) {
        return pools.stream().anyMatch(p -> p.getName().equals(name));
    }

    /**
     * The heap in use at its highest since {@link #start()}: the heap only grows between collections, so its
     * peaks are the moments just before each collection (as the collector reports them) or now.
     */
    long peakBeforeCollection() {
        return Math.max(beforeCollection.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    void start() {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
        thread = new Thread(this, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Resets the heap pools' peaks: {@link #poolPeaks()} then tells the most each held since. */
    static void resetPoolPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The heap pools' peaks since {@link #resetPoolPeaks()}, summed: an upper bound of the heap in use (each pool
     * may have peaked at another moment), exact to the byte where sampling may miss a short peak.
     */
    static long poolPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join();
        for (javax.management.NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }

    @Override
    public void run() {
        while (running) {
            sample();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
        sample();
    }

    private void sample() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long live = 0;
        for (MemoryPoolMXBean p : pools) {
            var after = p.getCollectionUsage();
            live += after == null ? 0 : after.getUsed();
        }
        peakUsed = Math.max(peakUsed, used);
        peakLive = Math.max(peakLive, live);
    }
}
