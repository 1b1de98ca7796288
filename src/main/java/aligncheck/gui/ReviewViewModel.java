package aligncheck.gui;

import aligncheck.align.AlignedDocument;
import aligncheck.align.Link;
import aligncheck.check.CheckContext;
import aligncheck.check.Checks;
import aligncheck.check.Finding;
import aligncheck.check.NameRendering;
import aligncheck.glossary.GlossaryReader;
import aligncheck.glossary.GlossarySet;
import aligncheck.glossary.ShippedGlossaries;
import aligncheck.pipeline.CheckResult;
import aligncheck.pipeline.Pipeline;
import aligncheck.report.JsonReportWriter;
import aligncheck.report.TextReportWriter;
import aligncheck.review.AtomicFileWriter;
import aligncheck.review.Edit;
import aligncheck.review.EditException;
import aligncheck.review.ReviewHistory;
import aligncheck.review.ReviewSession;
import aligncheck.review.ReviewSnapshot;
import aligncheck.review.Side;
import aligncheck.io.TextFileReader;
import aligncheck.text.LoadedText;
import aligncheck.text.Sentence;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state and logic of the review window: the review history (snapshots, undo, redo), the findings of the
 * current snapshot, the rows of the side-by-side view, the selection, and the commands. No controls here: the
 * view binds to the properties and calls the commands; tests do the same without a window.
 *
 * <p>Long work (opening a pair, re-checking after an edit) goes through the {@link BackgroundRunner}; while it
 * runs, {@link #busyProperty()} is true and {@link #cancel()} drops its result. Must be used on one thread (the
 * FX thread in the window).
 */
public final class ReviewViewModel {
    /** Links the aligner was less sure of than this are marked as doubtful. */
    public static final double DOUBTFUL = 0.8;

    /**
     * From this many pairs on, an edit first re-checks only the pairs it changed (at once, on this thread), then
     * the whole document in the background; below it, the whole document is simply re-checked.
     */
    public static final int QUICK_CHECK_FROM = 1000;

    /** Checks that compare pairs across the document: the quick check keeps their last findings as they are. */
    static final Set<String> DOCUMENT_WIDE = Set.of("NAME_INCONSISTENT");

    /** The findings of one check run, with what the run saw. */
    private record Checked(AlignedDocument document, List<Finding> findings, List<NameRendering> renderings) {
    }

    /** What opening produced: the history to review and the glossaries in force. */
    private record Opened(ReviewHistory history, GlossarySet glossaries, List<Path> glossaryPaths, Checked checked,
                          Path sessionFile) {
    }

    private final BackgroundRunner runner;
    private final RecentPairs recent;
    private final ObservableList<PairRow> pairs = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<RecentPairs.Pair> recentPairs = FXCollections.observableArrayList();
    private final ObservableList<Map.Entry<aligncheck.review.FindingKey, String>> ignoredList =
            FXCollections.observableArrayList();
    private final ObservableList<Map.Entry<aligncheck.review.FindingKey, String>> ignoredView =
            FXCollections.unmodifiableObservableList(ignoredList);
    // the read-only views are made once: a listener on a throw-away wrapper would be lost with it
    private final ObservableList<PairRow> pairsView = FXCollections.unmodifiableObservableList(pairs);
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ObservableList<RecentPairs.Pair> recentView = FXCollections.unmodifiableObservableList(recentPairs);
    private final ObjectProperty<ReviewSnapshot> snapshot = new SimpleObjectProperty<>();
    private final IntegerProperty selectedFinding = new SimpleIntegerProperty(-1);
    private final IntegerProperty selectedPair = new SimpleIntegerProperty(-1);
    private final IntegerProperty linkedGroup = new SimpleIntegerProperty(-1);
    private final StringProperty status = new SimpleStringProperty("Open a source and its translation.");
    private final StringProperty title = new SimpleStringProperty("aligncheck review");
    private final StringProperty busyMessage = new SimpleStringProperty("");
    private final javafx.beans.property.DoubleProperty progress = new javafx.beans.property.SimpleDoubleProperty(-1);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObjectProperty<Path> sessionFile = new SimpleObjectProperty<>();

    private ReviewHistory history;
    private GlossarySet glossaries;
    private List<Path> glossaryPaths = List.of();
    private Checked checked;
    private BackgroundRunner.Job job;
    private int generation;

    public ReviewViewModel(BackgroundRunner runner, RecentPairs recent) {
        this.runner = runner;
        this.recent = recent;
        recentPairs.setAll(recent.list());
    }

    // ---- opening -------------------------------------------------------------------------------------------

    /** Opens a pair with the shipped glossaries (and {@code glossaryPaths} when not empty). */
    public void open(Path source, Path target, List<Path> glossaryPaths) {
        List<Path> gp = List.copyOf(glossaryPaths);
        start("Opening " + source.getFileName() + " and " + target.getFileName() + " …", p -> {
            p.update(0.02, "Reading the glossaries …");
            GlossarySet g = glossarySet(gp);
            p.update(0.1, "Reading " + source.getFileName() + " and " + target.getFileName() + " …");
            LoadedText src = TextFileReader.read(source, null);
            LoadedText tgt = TextFileReader.read(target, null);
            p.update(0.2, "Segmenting and aligning …");
            AlignedDocument doc = new Pipeline(Pipeline.Options.defaults(), g).align(src, tgt);
            ReviewHistory h = new ReviewHistory(ReviewSnapshot.of(doc));
            return new Opened(h, g, gp, check(doc, g, p, 0.7), null);
        }, o -> {
            install(o);
            recentPairs.setAll(recent.add(source, target));
        });
    }

    public void open(Path source, Path target) {
        open(source, target, List.of());
    }

    /** Opens a shipped corpus ({@link Samples#CHINESE}, {@link Samples#JAPANESE}); false when it is not found. */
    public boolean openSample(String corpus) {
        var p = Samples.find(corpus);
        if (p.isEmpty()) {
            status.set("The sample corpus " + corpus + " is not here (run from the project folder).");
            return false;
        }
        open(p.get().source(), p.get().target());
        return true;
    }

    /** Reopens a saved session: texts, alignment, edits (undo and redo too), ignored findings. */
    public void openSession(Path file) {
        start("Opening " + file.getFileName() + " …", p -> {
            p.update(0.05, "Reading " + file.getFileName() + " …");
            ReviewSession s = ReviewSession.read(file);
            GlossarySet g = glossarySet(s.glossaries());
            p.update(0.2, "Replaying " + s.applied().size() + " edits …");
            ReviewHistory h = s.history();
            return new Opened(h, g, s.glossaries(), check(h.current().document(), g, p, 0.3), file);
        }, this::install);
    }

    /** Opens an already aligned document (for tests and tools). */
    public void open(AlignedDocument doc, GlossarySet g) {
        start("Checking …", p -> new Opened(new ReviewHistory(ReviewSnapshot.of(doc)), g, List.of(),
                check(doc, g, p, 0), null), this::install);
    }

    private static GlossarySet glossarySet(List<Path> paths) throws Exception {
        return paths.isEmpty() ? ShippedGlossaries.load() : new GlossaryReader().readAll(paths);
    }

    private void install(Opened o) {
        history = o.history();
        glossaries = o.glossaries();
        glossaryPaths = o.glossaryPaths();
        checked = o.checked();
        sessionFile.set(o.sessionFile());
        AlignedDocument d = history.current().document();
        title.set("aligncheck review — " + d.sourceText().displayName() + " ↔ " + d.targetText().displayName());
        loaded.set(true);
        dirty.set(false);
        selectedFinding.set(-1);
        selectedPair.set(-1);
        refresh();
        String found = d.alignment().links().size() + " pairs, " + findings.size() + " findings";
        Path auto = autosaveFile();
        if (o.sessionFile() == null || !auto.equals(o.sessionFile())) {
            if (java.nio.file.Files.isRegularFile(auto)) {
                found += " — an autosaved review of this pair is in " + auto + " (File → Open saved review)";
            }
        }
        status.set(found);
        if (!findings.isEmpty()) {
            selectFinding(0);
        }
    }

    /** Replaces the glossaries in force (after editing them) and re-checks. */
    public void useGlossaries(GlossarySet g, List<Path> paths) {
        glossaries = g;
        glossaryPaths = List.copyOf(paths);
        if (history != null) {
            dirty.set(true);
            recheck();
        }
    }

    // ---- editing -------------------------------------------------------------------------------------------

    /** Applies an edit; on failure the status says why and nothing changes. Returns whether it applied. */
    public boolean apply(Edit edit) {
        if (history == null) {
            return false;
        }
        try {
            history.apply(edit);
        } catch (EditException e) {
            status.set("Cannot " + edit.describe() + ": " + e.getMessage());
            return false;
        }
        status.set("Done: " + edit.describe());
        changed(!(edit instanceof Edit.IgnoreFinding || edit instanceof Edit.UnignoreFinding));
        return true;
    }

    public void undo() {
        if (history != null && history.canUndo()) {
            Edit e = history.nextUndo();
            history.undo();
            status.set("Undone: " + e.describe());
            changed(true);
        }
    }

    public void redo() {
        if (history != null && history.canRedo()) {
            Edit e = history.nextRedo();
            history.redo();
            status.set("Redone: " + e.describe());
            changed(true);
        }
    }

    /** Accepts suggestion {@code index} of the selected finding. */
    public boolean acceptSelected(int index) {
        Finding f = selectedFindingValue();
        if (f == null) {
            status.set("Select a finding first.");
            return false;
        }
        if (f.suggestions().isEmpty() || f.targetSpan() == null) {
            status.set("This finding has no replacement to accept: edit the target text (double-click it).");
            return false;
        }
        int keep = selectedFinding.get();
        boolean ok = apply(Edit.AcceptSuggestion.of(f, f.suggestions().get(Math.min(index, f.suggestions().size() - 1))));
        if (ok) {
            selectFinding(Math.min(keep, findings.size() - 1));
        }
        return ok;
    }

    public boolean acceptSelected() {
        return acceptSelected(0);
    }

    /** Ignores the selected finding from now on, with an optional reason. */
    public boolean ignoreSelected(String reason) {
        Finding f = selectedFindingValue();
        if (f == null) {
            status.set("Select a finding first.");
            return false;
        }
        int keep = selectedFinding.get();
        boolean ok = apply(new Edit.IgnoreFinding(aligncheck.review.FindingKey.of(f), reason));
        if (ok) {
            selectFinding(Math.min(keep, findings.size() - 1));
        }
        return ok;
    }

    /** Shows an ignored finding again. */
    public boolean unignore(aligncheck.review.FindingKey key) {
        return apply(new Edit.UnignoreFinding(key));
    }

    /** Replaces the text of a target sentence (a hand edit); no edit when it is unchanged. */
    public boolean editTarget(int targetSentence, String text) {
        if (history == null || history.current().document().target().get(targetSentence).text().equals(text.strip())) {
            return false;
        }
        return apply(new Edit.ReplaceTargetText(targetSentence, text));
    }

    public boolean mergeWithNext(int pair) {
        return apply(new Edit.MergeLinks(pair));
    }

    /** Splits a pair in two: by the given counts of sentences for the first part. */
    public boolean split(int pair, int sourceCount, int targetCount) {
        return apply(new Edit.SplitLink(pair, sourceCount, targetCount));
    }

    /** Splits a pair after the first half of each side (1-1 + 1-1 for a 2-2, 1-1 + 1-0 for a 2-1). */
    public boolean splitEvenly(int pair) {
        if (history == null || pair < 0 || pair >= pairs.size()) {
            return false;
        }
        Link l = history.current().links().get(pair);
        int s = (l.source().size() + 1) / 2;
        int t = (l.target().size() + 1) / 2;
        if (s + t == l.source().size() + l.target().size()) {
            t = l.source().isEmpty() ? 1 : t;
            s = l.source().isEmpty() ? 0 : s;
            if (s + t == l.source().size() + l.target().size()) {
                status.set("Pair " + (pair + 1) + " has a single sentence: nothing to split.");
                return false;
            }
        }
        return split(pair, s, t);
    }

    public boolean moveBoundary(int pair, Side side, Edit.MoveBoundary.Direction direction) {
        return apply(new Edit.MoveBoundary(pair, side, direction));
    }

    public boolean insertEmptySide(int pair, Side side) {
        return apply(new Edit.InsertEmptySide(pair, side));
    }

    private void changed(boolean textOrAlignment) {
        dirty.set(true);
        if (textOrAlignment && history.current().links().size() >= QUICK_CHECK_FROM) {
            quickCheck();
        }
        refresh();
        if (textOrAlignment) {
            recheck();
        }
    }

    /**
     * Re-checks only the links that differ from the last check (by their sentences or their target text) and keeps
     * the last findings of the others. Checks that compare pairs across the document ({@link #DOCUMENT_WIDE}) keep
     * their last findings until the full re-check that follows.
     */
    private void quickCheck() {
        AlignedDocument doc = history.current().document();
        AlignedDocument old = checked.document();
        Set<List<List<Integer>>> oldLinks = new HashSet<>();
        for (Link l : old.alignment().links()) {
            oldLinks.add(List.of(l.source(), l.target()));
        }
        List<Link> changedLinks = new ArrayList<>();
        Set<Integer> changedSource = new HashSet<>();
        Set<Integer> changedTarget = new HashSet<>();
        for (Link l : doc.alignment().links()) {
            boolean same = oldLinks.contains(List.of(l.source(), l.target()))
                    && l.target().stream().allMatch(j -> old.target().get(j).text().equals(doc.target().get(j).text()));
            if (!same) {
                changedLinks.add(l);
                changedSource.addAll(l.source());
                changedTarget.addAll(l.target());
            }
        }
        AlignedDocument part = new AlignedDocument(doc.sourceText(), doc.targetText(), doc.sourceLanguage(),
                doc.source(), doc.target(), new aligncheck.align.Alignment(changedLinks));
        Checked fresh;
        try {
            fresh = check(part, glossaries, (f, m) -> { }, 0);
        } catch (Exception e) {
            return;
        }
        List<Finding> findingsNow = new ArrayList<>();
        for (Finding f : checked.findings()) {
            if (DOCUMENT_WIDE.contains(f.checkId())
                    || !changedSource.contains(f.sourceSentence()) && !changedTarget.contains(f.targetSentence())) {
                findingsNow.add(f);
            }
        }
        fresh.findings().stream().filter(f -> !DOCUMENT_WIDE.contains(f.checkId())).forEach(findingsNow::add);
        List<NameRendering> renderingsNow = new ArrayList<>();
        for (NameRendering r : checked.renderings()) {
            if (!changedSource.contains(r.sourceSentence()) && !changedTarget.contains(r.targetSentence())) {
                renderingsNow.add(r);
            }
        }
        renderingsNow.addAll(fresh.renderings());
        checked = new Checked(doc, findingsNow, renderingsNow);
    }

    /** Runs the checks on the current snapshot in the background; the result replaces the findings. */
    public void recheck() {
        AlignedDocument doc = history.current().document();
        GlossarySet g = glossaries;
        int gen = ++generation;
        start("Checking …", p -> check(doc, g, p, 0), c -> {
            if (gen == generation) {
                checked = c;
                refresh();
            }
        });
    }

    /** Runs every check (reporting progress from {@code from} to 1 between them), as {@link Checks#run}. */
    private static Checked check(AlignedDocument doc, GlossarySet g, BackgroundRunner.Progress p, double from)
            throws Exception {
        CheckContext ctx = new CheckContext(doc, g);
        List<aligncheck.check.Check> checks = Checks.all();
        double step = (1 - from) / (checks.size() + 1);
        p.update(from, "Matching glossary names …");
        List<NameRendering> renderings = ctx.nameRenderings();
        List<Finding> all = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            aligncheck.check.Check c = checks.get(i);
            p.update(from + step * (i + 1), "Checking: " + String.join(", ", c.ids()) + " …");
            all.addAll(c.run(ctx));
        }
        all.sort(Checks.DOCUMENT_ORDER);
        p.update(1, "Done");
        return new Checked(doc, List.copyOf(all), renderings);
    }

    /** Rebuilds rows and the visible findings from the current snapshot and the last check. */
    private void refresh() {
        ReviewSnapshot s = history.current();
        snapshot.set(s);
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        AlignedDocument doc = s.document();
        List<Finding> visible = new ArrayList<>();
        List<NameRendering> renderings = new ArrayList<>();
        int[] linkOfSource = linkOf(doc, Side.SOURCE);
        int[] linkOfTarget = linkOf(doc, Side.TARGET);
        for (Finding f : checked.findings()) {
            if (!s.isIgnored(f) && stillValid(doc, f.targetSentence())) {
                visible.add(relink(f, linkOfSource, linkOfTarget));
            }
        }
        for (NameRendering r : checked.renderings()) {
            if (stillValid(doc, r.targetSentence())) {
                int k = r.sourceSentence() >= 0 ? linkOfSource[r.sourceSentence()] : r.linkIndex();
                renderings.add(new NameRendering(r.entry(), k, r.sourceSentence(), r.sourceSpan(), r.sourceText(),
                        r.status(), r.targetSentence(), r.targetSpan(), r.targetText(), r.knownWrong(),
                        r.suggestion()));
            }
        }
        visible.sort(Checks.DOCUMENT_ORDER);
        int keepPair = selectedPair.get();
        pairs.setAll(PairRows.build(doc, renderings, visible, DOUBTFUL));
        findings.setAll(visible);
        ignoredList.setAll(s.ignored().entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        selectedPair.set(Math.min(keepPair, pairs.size() - 1));
        if (selectedFinding.get() >= findings.size()) {
            selectedFinding.set(findings.size() - 1);
        }
    }

    /** A finding of the last check still applies when its target sentence has the text the check saw. */
    private boolean stillValid(AlignedDocument doc, int targetSentence) {
        if (targetSentence < 0 || checked.document() == doc) {
            return true;
        }
        return checked.document().target().get(targetSentence).text()
                .equals(doc.target().get(targetSentence).text());
    }

    /** The finding with its link index in the current alignment (found through its sentences). */
    private static Finding relink(Finding f, int[] linkOfSource, int[] linkOfTarget) {
        int k = f.sourceSentence() >= 0 ? linkOfSource[f.sourceSentence()]
                : f.targetSentence() >= 0 ? linkOfTarget[f.targetSentence()] : f.linkIndex();
        if (k == f.linkIndex()) {
            return f;
        }
        return new Finding(f.checkId(), f.severity(), f.kind(), k, f.sourceSentence(), f.sourceSpan(),
                f.sourceText(), f.targetSentence(), f.targetSpan(), f.targetText(), f.suggestions(), f.message(),
                f.entryId(), f.confidence());
    }

    private static int[] linkOf(AlignedDocument doc, Side side) {
        int[] out = new int[side == Side.SOURCE ? doc.source().size() : doc.target().size()];
        java.util.Arrays.fill(out, -1);
        List<Link> links = doc.alignment().links();
        for (int k = 0; k < links.size(); k++) {
            for (int i : side == Side.SOURCE ? links.get(k).source() : links.get(k).target()) {
                out[i] = k;
            }
        }
        return out;
    }

    // ---- navigation ----------------------------------------------------------------------------------------

    /** Selects finding {@code i} (and its pair); -1 clears. */
    public void selectFinding(int i) {
        if (i < 0 || i >= findings.size()) {
            selectedFinding.set(-1);
            return;
        }
        selectedFinding.set(i);
        int k = findings.get(i).linkIndex();
        if (k >= 0) {
            selectedPair.set(k);
        }
    }

    /** Selects the next finding, wrapping around; with a pair selected and no finding, the first below it. */
    public void nextFinding() {
        if (findings.isEmpty()) {
            status.set("No findings.");
            return;
        }
        int cur = selectedFinding.get();
        if (cur < 0 && selectedPair.get() >= 0) {
            for (int i = 0; i < findings.size(); i++) {
                if (findings.get(i).linkIndex() >= selectedPair.get()) {
                    selectFinding(i);
                    return;
                }
            }
        }
        selectFinding((cur + 1) % findings.size());
    }

    public void previousFinding() {
        if (findings.isEmpty()) {
            status.set("No findings.");
            return;
        }
        int cur = selectedFinding.get();
        selectFinding(cur <= 0 ? findings.size() - 1 : cur - 1);
    }

    public Finding selectedFindingValue() {
        int i = selectedFinding.get();
        return i >= 0 && i < findings.size() ? findings.get(i) : null;
    }

    /** The findings of a pair, in document order. */
    public List<Finding> findingsOf(int pair) {
        return findings.stream().filter(f -> f.linkIndex() == pair).toList();
    }

    // ---- saving and exporting ------------------------------------------------------------------------------

    public void saveSession(Path file) throws IOException {
        ReviewSession.of(history, glossaryPaths).write(file);
        sessionFile.set(file);
        dirty.set(false);
        status.set("Saved " + file);
    }

    /** The side file autosave writes: {@code NAME.autosave.json} beside the session, or in the app folder. */
    public Path autosaveFile() {
        Path s = sessionFile.get();
        if (s != null) {
            String n = s.getFileName().toString().replaceFirst("\\.json$", "");
            return s.resolveSibling(n + ".autosave.json");
        }
        Path t = history.initial().document().targetText().path();
        String name = t == null ? "review" : t.getFileName().toString().replaceFirst("\\.txt$", "");
        return AppHome.dir().resolve("autosave").resolve(name + ".review.json");
    }

    /** Writes the session to the autosave side file when there are unsaved changes; returns the file or null. */
    public Path autosave() {
        if (history == null || !dirty.get()) {
            return null;
        }
        Path f = autosaveFile();
        try {
            ReviewSession.of(history, glossaryPaths).write(f);
            return f;
        } catch (IOException e) {
            status.set("Autosave failed: " + e.getMessage());
            return null;
        }
    }

    /** Writes the corrected translation: the target text with every edit, in its original line layout. */
    public void exportTranslation(Path file) throws IOException {
        AtomicFileWriter.write(file, history.current().document().targetText().text());
        status.set("Exported the corrected translation to " + file);
    }

    /**
     * Exports the corrected pair with its visible findings in an interchange format (TMX, XLIFF, the text, the
     * alignment as TSV).
     */
    public void export(Path file, aligncheck.io.ExportFormat format) throws IOException {
        try {
            format.writer().write(history.current().document(), List.copyOf(findings), file);
        } catch (aligncheck.io.InputException e) {
            throw new IOException(e.getMessage(), e);
        }
        status.set("Exported " + format.name() + " to " + file);
    }

    /** Writes the findings report of the current snapshot (ignored findings left out) as JSON or text. */
    public void exportReport(Path file, boolean json) throws IOException {
        CheckResult r = new CheckResult(history.current().document(), List.copyOf(findings));
        StringWriter w = new StringWriter();
        if (json) {
            new JsonReportWriter().write(r, w);
        } else {
            new TextReportWriter().write(r, new PrintWriter(w));
        }
        AtomicFileWriter.write(file, w.toString());
        status.set("Exported the report to " + file);
    }

    // ---- background ----------------------------------------------------------------------------------------

    private <T> void start(String message, BackgroundRunner.Work<T> work, java.util.function.Consumer<T> done) {
        if (job != null) {
            job.cancel();
        }
        busy.set(true);
        busyMessage.set(message);
        progress.set(-1);
        BackgroundRunner.Job[] self = new BackgroundRunner.Job[1];
        self[0] = runner.submit(message, work, (f, m) -> {
            if (job == self[0] || self[0] == null) {
                progress.set(f);
                if (m != null && !m.isEmpty()) {
                    busyMessage.set(m);
                }
            }
        }, r -> {
            finish(self[0]);
            done.accept(r);
        }, e -> {
            finish(self[0]);
            if (!(e instanceof java.util.concurrent.CancellationException)) {
                status.set("Failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        });
        if (busy.get()) {
            job = self[0];
        }
    }

    private void finish(BackgroundRunner.Job j) {
        if (job == j || j == null) {
            job = null;
            busy.set(false);
            busyMessage.set("");
        }
    }

    /** Cancels the running job, if any: its result is dropped. */
    public void cancel() {
        if (job != null) {
            job.cancel();
            job = null;
            busy.set(false);
            busyMessage.set("");
            status.set("Cancelled.");
            generation++;
        }
    }

    // ---- properties ----------------------------------------------------------------------------------------

    public ObservableList<PairRow> pairs() {
        return pairsView;
    }

    public ObservableList<Finding> findings() {
        return findingsView;
    }

    /** The ignored findings with their reasons, in the order they were ignored. */
    public ObservableList<Map.Entry<aligncheck.review.FindingKey, String>> ignoredFindings() {
        return ignoredView;
    }

    public ObservableList<RecentPairs.Pair> recentPairs() {
        return recentView;
    }

    public ReadOnlyObjectProperty<ReviewSnapshot> snapshotProperty() {
        return snapshot;
    }

    public ReviewHistory history() {
        return history;
    }

    public GlossarySet glossaries() {
        return glossaries;
    }

    public List<Path> glossaryPaths() {
        return glossaryPaths;
    }

    public Map<aligncheck.review.FindingKey, String> ignored() {
        return history == null ? Map.of() : history.current().ignored();
    }

    public IntegerProperty selectedFindingProperty() {
        return selectedFinding;
    }

    public IntegerProperty selectedPairProperty() {
        return selectedPair;
    }

    /** The name group (a source name and its rendering) the pointer is on; -1 for none. */
    public IntegerProperty linkedGroupProperty() {
        return linkedGroup;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty busyMessageProperty() {
        return busyMessage;
    }

    /** Progress of the running job in [0,1], or -1 when unknown. */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyObjectProperty<Path> sessionFileProperty() {
        return sessionFile;
    }

    /** Text of a target sentence in the current snapshot. */
    public Sentence targetSentence(int index) {
        return history.current().document().target().get(index);
    }
}
