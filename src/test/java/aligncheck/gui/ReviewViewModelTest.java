package aligncheck.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.check.Finding;
import aligncheck.review.Edit;
import aligncheck.review.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review window's logic, without a window: the shipped Chinese corpus opened synchronously. */
class ReviewViewModelTest {
    static final Path CORPUS = Path.of("corpora", Samples.CHINESE);

    @TempDir
    Path dir;
    ReviewViewModel vm;

    @BeforeEach
    void open() {
        vm = new ReviewViewModel(BackgroundRunner.direct(), new RecentPairs(dir.resolve("recent.json")));
        vm.open(CORPUS.resolve("source.zh.txt"), CORPUS.resolve("target.en.txt"));
        assertTrue(vm.loadedProperty().get(), vm.statusProperty().get());
    }

    private int findingIndex(String checkId, String targetText) {
        List<Finding> f = vm.findings();
        for (int i = 0; i < f.size(); i++) {
            if (f.get(i).checkId().equals(checkId) && targetText.equals(f.get(i).targetText())) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void opensTheCorpusWithItsExpectedFindings() throws IOException {
        assertEquals(36, vm.pairs().size());
        long expected = Files.readAllLines(CORPUS.resolve("expected.tsv")).stream().skip(1)
                .filter(l -> !l.isBlank()).count();
        assertEquals(expected, vm.findings().size());
        assertEquals(0, vm.selectedFindingProperty().get(), "the first finding is selected");
        assertEquals("2-1", vm.pairs().get(4).linkType());
        assertEquals(1, vm.recentPairs().size());
    }

    @Test
    void namesAreHighlightedOnBothSidesWithALinkedGroup() {
        PairRow row = vm.pairs().get(vm.findings().get(findingIndex("NAME_MISTRANSLATED", "Hagel")).linkIndex());
        Highlight wrong = row.highlights(Side.TARGET).stream()
                .filter(h -> h.kind() == HighlightKind.WRONG && h.span().of(row.target().get(0).text()).equals("Hagel"))
                .findFirst().orElseThrow();
        Highlight src = row.highlights(Side.SOURCE).stream().filter(h -> h.group() == wrong.group())
                .findFirst().orElseThrow();
        assertEquals("赫格塞思", src.span().of(row.source().stream()
                .filter(s -> s.index() == src.sentence()).findFirst().orElseThrow().text()));
        assertTrue(vm.pairs().stream().flatMap(p -> p.highlights().stream())
                .anyMatch(h -> h.kind() == HighlightKind.RIGHT), "right names are highlighted too");
        assertTrue(vm.pairs().stream().flatMap(p -> p.highlights().stream())
                .anyMatch(h -> h.kind() == HighlightKind.MISSING), "a missing name is highlighted in the source");
    }

    @Test
    void nextAndPreviousWrapAroundAndSelectThePair() {
        int n = vm.findings().size();
        vm.previousFinding();
        assertEquals(n - 1, vm.selectedFindingProperty().get());
        vm.nextFinding();
        assertEquals(0, vm.selectedFindingProperty().get());
        vm.nextFinding();
        assertEquals(vm.findings().get(1).linkIndex(), vm.selectedPairProperty().get());
    }

    @Test
    void acceptingASuggestionFixesTheTextAndTheFindingGoesAway() {
        int i = findingIndex("NAME_MISTRANSLATED", "Hagel");
        Finding f = vm.findings().get(i);
        int before = vm.findings().size();
        vm.selectFinding(i);
        assertTrue(vm.acceptSelected(), vm.statusProperty().get());
        assertTrue(vm.targetSentence(f.targetSentence()).text().contains("Hegseth"));
        assertEquals(before - 1, vm.findings().size());
        assertEquals(-1, findingIndex("NAME_MISTRANSLATED", "Hagel"));
        assertTrue(vm.dirtyProperty().get());
        vm.undo();
        assertEquals(before, vm.findings().size());
        assertTrue(vm.targetSentence(f.targetSentence()).text().contains("Hagel"));
        vm.redo();
        assertEquals(before - 1, vm.findings().size());
    }

    @Test
    void aFindingWithoutTargetSpanCannotBeAccepted() {
        int i = -1;
        for (int k = 0; k < vm.findings().size(); k++) {
            if (vm.findings().get(k).targetSpan() == null) {
                i = k;
            }
        }
        vm.selectFinding(i);
        assertFalse(vm.acceptSelected());
        assertTrue(vm.statusProperty().get().contains("edit the target text"));
    }

    @Test
    void ignoringIsRememberedWithItsReasonAndUndoable() {
        int before = vm.findings().size();
        Finding f = vm.findings().get(2);
        vm.selectFinding(2);
        assertTrue(vm.ignoreSelected("house style"));
        assertEquals(before - 1, vm.findings().size());
        assertEquals(List.of("house style"), List.copyOf(vm.ignored().values()));
        assertFalse(vm.findings().contains(f));
        assertEquals(1, vm.ignoredFindings().size());
        vm.undo();
        assertEquals(before, vm.findings().size());
        vm.redo();
        assertTrue(vm.unignore(vm.ignoredFindings().get(0).getKey()));
        assertEquals(before, vm.findings().size());
        assertTrue(vm.ignoredFindings().isEmpty());
    }

    @Test
    void editingTheTargetTextReChecks() {
        int i = findingIndex("NAME_MISTRANSLATED", "Kolby");
        Finding f = vm.findings().get(i);
        String text = vm.targetSentence(f.targetSentence()).text();
        assertTrue(vm.editTarget(f.targetSentence(), text.replace("Kolby", "Colby")));
        assertEquals(-1, findingIndex("NAME_MISTRANSLATED", "Kolby"));
        assertFalse(vm.editTarget(f.targetSentence(), text.replace("Kolby", "Colby")), "unchanged: no edit");
    }

    @Test
    void alignmentByHandMergeSplitMoveEmpty() {
        assertTrue(vm.mergeWithNext(0));
        assertEquals(35, vm.pairs().size());
        assertEquals("2-2", vm.pairs().get(0).linkType());
        assertEquals(1.0, vm.pairs().get(0).confidence());
        assertTrue(vm.splitEvenly(0));
        assertEquals("1-1", vm.pairs().get(0).linkType());
        assertTrue(vm.moveBoundary(0, Side.TARGET, Edit.MoveBoundary.Direction.UP));
        assertEquals("1-2", vm.pairs().get(0).linkType());
        assertEquals("1-0", vm.pairs().get(1).linkType());
        assertTrue(vm.insertEmptySide(2, Side.TARGET));
        assertEquals("1-0", vm.pairs().get(2).linkType());
        assertEquals("0-1", vm.pairs().get(3).linkType());
        assertFalse(vm.mergeWithNext(vm.pairs().size() - 1));
        assertTrue(vm.statusProperty().get().startsWith("Cannot merge"), vm.statusProperty().get());
        for (int k = 0; k < 4; k++) {
            vm.undo();
        }
        assertEquals(36, vm.pairs().size());
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void findingsFollowTheirPairAfterAMerge() {
        for (int k : new int[] {3, 10, 20}) {
            vm.mergeWithNext(k);
        }
        assertFalse(vm.findings().isEmpty());
        for (Finding f : vm.findings()) {
            PairRow row = vm.pairs().get(f.linkIndex());
            assertTrue(f.sourceSentence() < 0 || row.link().source().contains(f.sourceSentence()), f.toString());
            assertTrue(f.targetSentence() < 0 || row.link().target().contains(f.targetSentence()), f.toString());
        }
    }

    @Test
    void saveAndReopenRestoresEditsIgnoredAndRedo() throws IOException {
        vm.selectFinding(findingIndex("NAME_MISTRANSLATED", "Hagel"));
        vm.acceptSelected();
        vm.selectFinding(0);
        vm.ignoreSelected("fine here");
        vm.mergeWithNext(3);
        vm.splitEvenly(10);
        vm.undo();
        Path file = dir.resolve("review.json");
        vm.saveSession(file);
        assertFalse(vm.dirtyProperty().get());
        ReviewViewModel back = new ReviewViewModel(BackgroundRunner.direct(), new RecentPairs(dir.resolve("r.json")));
        back.openSession(file);
        assertEquals(vm.history().current(), back.history().current());
        assertEquals(vm.findings(), back.findings());
        assertEquals(vm.pairs(), back.pairs());
        assertTrue(back.canRedoProperty().get());
        assertEquals(file, back.sessionFileProperty().get());
    }

    @Test
    void autosaveWritesASideFileOnlyWhenDirty() throws IOException {
        String home = System.getProperty("aligncheck.home");
        System.setProperty("aligncheck.home", dir.toString());
        try {
            assertNull(vm.autosave());
            vm.mergeWithNext(0);
            Path f = vm.autosave();
            assertNotNull(f);
            assertTrue(f.startsWith(dir));
            ReviewViewModel again = new ReviewViewModel(BackgroundRunner.direct(), new RecentPairs(dir.resolve("r")));
            again.open(CORPUS.resolve("source.zh.txt"), CORPUS.resolve("target.en.txt"));
            assertTrue(again.statusProperty().get().contains("an autosaved review of this pair is in " + f),
                    again.statusProperty().get());
            again.openSession(f);
            assertEquals(vm.history().current(), again.history().current(), "the autosave is a session");
            vm.saveSession(dir.resolve("s.json"));
            vm.mergeWithNext(0);
            assertEquals(dir.resolve("s.autosave.json"), vm.autosave());
        } finally {
            if (home == null) {
                System.clearProperty("aligncheck.home");
            } else {
                System.setProperty("aligncheck.home", home);
            }
        }
    }

    @Test
    void exportKeepsTheParagraphLayout() throws IOException {
        vm.selectFinding(findingIndex("NAME_MISTRANSLATED", "Hagel"));
        vm.acceptSelected();
        Path out = dir.resolve("fixed.en.txt");
        vm.exportTranslation(out);
        String original = Files.readString(CORPUS.resolve("target.en.txt"));
        String fixed = Files.readString(out);
        assertEquals(original.lines().count(), fixed.lines().count());
        assertEquals(original.replace("Hagel", "Hegseth"), fixed);
        Path report = dir.resolve("report.json");
        vm.exportReport(report, true);
        assertTrue(Files.readString(report).contains("\"findings\""));
        vm.exportReport(dir.resolve("report.txt"), false);
        Path tmx = dir.resolve("aligned.tmx");
        vm.export(tmx, aligncheck.io.ExportFormat.TMX);
        String t = Files.readString(tmx);
        assertTrue(t.contains("<tmx") && t.contains("Hegseth") && !t.contains("Hagel"), t.substring(0, 300));
        vm.export(dir.resolve("aligned.xlf"), aligncheck.io.ExportFormat.XLIFF);
        assertTrue(Files.readString(dir.resolve("aligned.xlf")).contains("urn:oasis:names:tc:xliff:document:2.0"));
        assertEquals(vm.findings().size(), Files.readAllLines(dir.resolve("report.txt")).size());
    }

    @Test
    void otherGlossariesReCheck() {
        assertTrue(vm.findings().stream().anyMatch(f -> f.checkId().startsWith("NAME_")));
        vm.useGlossaries(aligncheck.glossary.GlossarySet.empty(), List.of());
        assertTrue(vm.findings().stream().noneMatch(f -> f.entryId() != null), vm.findings().toString());
        assertTrue(vm.pairs().stream().allMatch(p -> p.highlights().stream().allMatch(h -> h.group() < 0)),
                "no glossary names to link without glossaries");
        var kinds = vm.pairs().stream().flatMap(p -> p.highlights().stream()).map(Highlight::kind)
                .collect(java.util.stream.Collectors.toSet());
        assertTrue(kinds.contains(HighlightKind.SUSPECT) && kinds.contains(HighlightKind.INCONSISTENT),
                "NAME_SUSPECT and NAME_INCONSISTENT spans have their own colours: " + kinds);
    }
}
