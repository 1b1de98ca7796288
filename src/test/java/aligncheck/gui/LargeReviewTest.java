package aligncheck.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.glossary.GlossarySet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 10,000 pairs in the view-model, and long work that is cancelled. */
class LargeReviewTest {
    @TempDir
    Path dir;

    @Test
    void tenThousandPairsEditAndUndoQuickly() {
        ReviewViewModel vm = new ReviewViewModel(BackgroundRunner.direct(), new RecentPairs(dir.resolve("r.json")));
        vm.open(BigDocs.pairs(10_000), GlossarySet.empty());
        assertEquals(10_000, vm.pairs().size());
        assertTrue(vm.pairs().get(7).doubtful());
        assertFalse(vm.pairs().get(8).doubtful());
        long t0 = System.nanoTime();
        assertTrue(vm.mergeWithNext(9_998));
        vm.undo();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(10_000, vm.pairs().size());
        assertTrue(ms < 10_000, "merge + undo with re-checks took " + ms + " ms");
    }

    /** A runner that holds jobs until told to finish them, as a slow background thread would. */
    static final class HeldRunner implements BackgroundRunner {
        final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> Job submit(String title, Work<T> work, ProgressSink progress, Consumer<T> done,
                              Consumer<Throwable> failed) {
            boolean[] cancelled = {false};
            pending.add(() -> {
                if (cancelled[0]) {
                    return;
                }
                try {
                    done.accept(work.run(progress::show));
                } catch (Exception e) {
                    failed.accept(e);
                }
            });
            return () -> cancelled[0] = true;
        }

        void finishAll() {
            List<Runnable> p = new ArrayList<>(pending);
            pending.clear();
            p.forEach(Runnable::run);
        }
    }

    @Test
    void cancellingAnOpenDropsItsResult() {
        HeldRunner runner = new HeldRunner();
        ReviewViewModel vm = new ReviewViewModel(runner, new RecentPairs(dir.resolve("r.json")));
        vm.open(BigDocs.pairs(100), GlossarySet.empty());
        assertTrue(vm.busyProperty().get());
        assertTrue(vm.busyMessageProperty().get().startsWith("Checking"));
        vm.cancel();
        assertFalse(vm.busyProperty().get());
        runner.finishAll();
        assertFalse(vm.loadedProperty().get(), "the cancelled result was dropped");
        assertEquals("Cancelled.", vm.statusProperty().get());
    }

    @Test
    void aStaleReCheckDoesNotOverwriteANewerOne() {
        HeldRunner runner = new HeldRunner();
        ReviewViewModel vm = new ReviewViewModel(runner, new RecentPairs(dir.resolve("r.json")));
        vm.open(BigDocs.pairs(20), GlossarySet.empty());
        runner.finishAll();
        assertTrue(vm.loadedProperty().get());
        vm.editTarget(0, "Sentence 0: the United States imposes a 99% tariff on Japanese goods.");
        assertTrue(vm.busyProperty().get(), "re-checking in the background");
        assertTrue(vm.pairs().get(0).target().get(0).text().contains("99%"), "the text shows at once");
        vm.undo();
        runner.finishAll();
        assertFalse(vm.busyProperty().get());
        assertTrue(vm.findings().stream().noneMatch(f -> "99%".equals(f.targetText())), vm.findings().toString());
    }

    @Test
    void openingReportsItsStages() {
        List<String> messages = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        BackgroundRunner recording = new BackgroundRunner() {
            @Override
            public <T> Job submit(String title, Work<T> work, ProgressSink progress, Consumer<T> done,
                                  Consumer<Throwable> failed) {
                return BackgroundRunner.direct().submit(title, work, (f, m) -> {
                    fractions.add(f);
                    messages.add(m);
                    progress.show(f, m);
                }, done, failed);
            }
        };
        ReviewViewModel vm = new ReviewViewModel(recording, new RecentPairs(dir.resolve("r.json")));
        vm.open(ReviewViewModelTest.CORPUS.resolve("source.zh.txt"), ReviewViewModelTest.CORPUS.resolve("target.en.txt"));
        assertTrue(messages.contains("Segmenting and aligning …"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Checking: NAME_MISTRANSLATED")), messages.toString());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress only grows: " + fractions);
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1));
    }

    @Test
    void inALargeDocumentTheEditedPairIsReCheckedAtOnce() {
        HeldRunner runner = new HeldRunner();
        ReviewViewModel vm = new ReviewViewModel(runner, new RecentPairs(dir.resolve("r.json")));
        vm.open(BigDocs.pairs(ReviewViewModel.QUICK_CHECK_FROM + 10), GlossarySet.empty());
        runner.finishAll();
        assertTrue(vm.findings().isEmpty(), vm.findings().toString());
        vm.editTarget(500, "Sentence 500: the United States imposes a 99% tariff on Japanese goods.");
        assertTrue(vm.busyProperty().get(), "the full re-check still runs in the background");
        assertEquals(List.of("99%"), vm.findings().stream().map(aligncheck.check.Finding::targetText).toList());
        assertEquals(500, vm.findings().get(0).linkIndex());
        vm.mergeWithNext(499);
        assertEquals(499, vm.findings().get(0).linkIndex(), "the finding moved with its pair");
        runner.finishAll();
        assertEquals(1, vm.findings().size());
        vm.undo();
        vm.undo();
        assertTrue(vm.findings().isEmpty(), "undo re-checks the pair at once too");
    }
}
