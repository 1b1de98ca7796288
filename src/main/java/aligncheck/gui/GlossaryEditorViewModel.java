package aligncheck.gui;

import aligncheck.glossary.EntryType;
import aligncheck.glossary.Glossary;
import aligncheck.glossary.GlossaryEntry;
import aligncheck.glossary.GlossaryException;
import aligncheck.glossary.GlossarySet;
import aligncheck.glossary.ShippedGlossaries;
import aligncheck.glossary.GlossaryReader;
import aligncheck.glossary.GlossaryWriter;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The glossary editor's state and logic: the glossaries in force as editable copies, a searchable table of the
 * chosen glossary's entries, a form for one entry with validation messages, add / edit / delete, and saving.
 *
 * <p>Saving writes each changed glossary to its file (atomically). The shipped glossaries live inside the jar:
 * the first save copies all of them to {@code ~/.aligncheck/glossaries/}, which is then the glossary folder in
 * force (for the review and its session file; {@code --glossary} takes it on the command line).
 */
public final class GlossaryEditorViewModel {
    /** One glossary being edited. */
    public static final class Draft {
        final String name;
        final String description;
        Path file;
        final ObservableList<GlossaryEntry> entries;
        boolean changed;

        Draft(Glossary g, Path file) {
            this.name = g.name();
            this.description = g.description();
            this.file = file;
            this.entries = FXCollections.observableArrayList(g.entries());
        }

        public String name() {
            return name;
        }

        Glossary toGlossary() {
            return new Glossary(file, name, description, entries);
        }

        @Override
        public String toString() {
            return name + " (" + entries.size() + ")" + (changed ? " *" : "");
        }
    }

    private final GlossaryWriter writer = new GlossaryWriter();
    private final ObservableList<Draft> glossaries = FXCollections.observableArrayList();
    private final IntegerProperty selectedGlossary = new SimpleIntegerProperty(-1);
    private final ObservableList<GlossaryEntry> shown = FXCollections.observableArrayList();
    private final FilteredList<GlossaryEntry> entries = new FilteredList<>(shown);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<GlossaryEntry> editing = new SimpleObjectProperty<>();
    private final StringProperty validation = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty changed = new SimpleBooleanProperty();
    private final Path userFolder;
    private boolean editingIsNew;

    /** The form's fields; list fields are written with "; " between the forms. */
    public final StringProperty id = new SimpleStringProperty("");
    public final ObjectProperty<EntryType> type = new SimpleObjectProperty<>(EntryType.PERSON);
    public final StringProperty zhHans = new SimpleStringProperty("");
    public final StringProperty zhHant = new SimpleStringProperty("");
    public final StringProperty ja = new SimpleStringProperty("");
    public final StringProperty english = new SimpleStringProperty("");
    public final StringProperty variants = new SimpleStringProperty("");
    public final StringProperty wrong = new SimpleStringProperty("");
    public final StringProperty description = new SimpleStringProperty("");
    public final StringProperty note = new SimpleStringProperty("");

    public GlossaryEditorViewModel(GlossarySet set, Path userFolder) {
        this.userFolder = userFolder;
        Set<Path> shipped = shippedSources();
        for (Glossary g : set.glossaries()) {
            boolean isShipped = g.source() == null || shipped.contains(g.source())
                    || g.source().getFileSystem() != FileSystems.getDefault();
            glossaries.add(new Draft(g, isShipped ? null : g.source()));
        }
        selectedGlossary.addListener((o, a, b) -> showGlossary());
        search.addListener((o, a, b) -> entries.setPredicate(matcher(b)));
        for (StringProperty p : List.of(id, zhHans, zhHant, ja, english, variants, wrong, description, note)) {
            p.addListener((o, a, b) -> validate());
        }
        type.addListener((o, a, b) -> validate());
        if (!glossaries.isEmpty()) {
            selectedGlossary.set(0);
        }
    }

    public static GlossaryEditorViewModel inAppHome(GlossarySet set) {
        return new GlossaryEditorViewModel(set, AppHome.dir().resolve("glossaries"));
    }

    private static Set<Path> shippedSources() {
        try {
            return ShippedGlossaries.load().glossaries().stream().map(Glossary::source).collect(Collectors.toSet());
        } catch (GlossaryException e) {
            return Set.of();
        }
    }

    private void showGlossary() {
        Draft d = draft();
        shown.setAll(d == null ? List.of() : d.entries);
    }

    private Draft draft() {
        int i = selectedGlossary.get();
        return i >= 0 && i < glossaries.size() ? glossaries.get(i) : null;
    }

    private static java.util.function.Predicate<GlossaryEntry> matcher(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return e -> true;
        }
        return e -> (e.id() + "\n" + e.english() + "\n" + String.join("\n", e.variants()) + "\n"
                + String.join("\n", e.wrong()) + "\n" + String.join("\n", e.sourceForms()) + "\n" + e.description())
                .toLowerCase(Locale.ROOT).contains(q);
    }

    // ---- the form ------------------------------------------------------------------------------------------

    /** Shows an entry in the form, for editing. */
    public void edit(GlossaryEntry e) {
        editing.set(e);
        editingIsNew = false;
        fill(e);
    }

    /**
     * Starts a new entry in the chosen glossary, prefilled from a selection: the source text goes to the Japanese
     * forms when it has kana, otherwise to the simplified Chinese ones; the target text is the English form.
     */
    public void newEntry(String sourceText, String targetText) {
        String src = sourceText == null ? "" : sourceText.strip();
        String tgt = targetText == null ? "" : targetText.strip();
        boolean kana = src.codePoints().anyMatch(c -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
        });
        String newId = tgt.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        fill(new GlossaryEntry(newId, EntryType.PERSON, kana ? List.of() : listOf(src), List.of(),
                kana ? listOf(src) : List.of(), tgt, List.of(), List.of(), "", ""));
        editing.set(null);
        editingIsNew = true;
        status.set("New entry: complete the form and apply.");
    }

    private void fill(GlossaryEntry e) {
        id.set(e.id());
        type.set(e.type());
        zhHans.set(join(e.zhHans()));
        zhHant.set(join(e.zhHant()));
        ja.set(join(e.ja()));
        english.set(e.english());
        variants.set(join(e.variants()));
        wrong.set(join(e.wrong()));
        description.set(e.description());
        note.set(e.note());
        validate();
    }

    /** The form as an entry (not validated). */
    public GlossaryEntry formEntry() {
        return new GlossaryEntry(id.get().strip(), type.get(), split(zhHans.get()), split(zhHant.get()),
                split(ja.get()), english.get().strip(), split(variants.get()), split(wrong.get()),
                description.get().strip(), note.get().strip());
    }

    /** Updates the validation message for the form; true when the entry is valid. */
    public boolean validate() {
        GlossaryEntry e = formEntry();
        String p = problem(e);
        if (p == null) {
            p = duplicateId(e);
        }
        if (p == null) {
            p = sharedSourceForm(e);
        }
        validation.set(p == null ? "" : p);
        return p == null;
    }

    private String duplicateId(GlossaryEntry e) {
        GlossaryEntry self = editingIsNew ? null : editing.get();
        for (Draft d : glossaries) {
            for (GlossaryEntry x : d.entries) {
                if (x != self && x.id().equals(e.id())) {
                    return "entry \"" + e.id() + "\": field \"id\": also used in " + d.name;
                }
            }
        }
        return null;
    }

    /** Why the entry would not validate (the reader's message without file and line), or null. */
    private String problem(GlossaryEntry e) {
        try {
            parse(null, writer.toJson(new Glossary(null, "check", "", List.of(e))));
            return null;
        } catch (GlossaryException ex) {
            return ex.getMessage().replaceFirst("^<glossary>(:\\d+)?: ", "");
        }
    }

    /** Reads JSON back with the glossary reader: every rule of glossaries/README.md it knows. */
    private static Glossary parse(Path file, String json) throws GlossaryException {
        try {
            return new GlossaryReader().parse(file,
                    new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException ex) {
            throw new GlossaryException(file, 0, ex.getMessage());
        }
    }

    /** A source form of another entry (separators ignored, any script): glossaries/README.md forbids it. */
    private String sharedSourceForm(GlossaryEntry e) {
        GlossaryEntry self = editingIsNew ? null : editing.get();
        java.util.Map<String, String> mine = new java.util.LinkedHashMap<>();
        for (String f : e.sourceForms()) {
            mine.put(bare(f), f);
        }
        for (Draft d : glossaries) {
            for (GlossaryEntry x : d.entries) {
                if (x == self || x.id().equals(e.id())) {
                    continue;
                }
                for (String f : x.sourceForms()) {
                    String hit = mine.get(bare(f));
                    if (hit != null) {
                        return "entry \"" + e.id() + "\": source form " + hit + " is already a form of " + x.id()
                                + " (" + x.english() + ")";
                    }
                }
            }
        }
        return null;
    }

    private static String bare(String form) {
        return aligncheck.glossary.GlossaryConflicts.sourceKey(form);
    }

    /** Puts the form into the chosen glossary (replacing the entry being edited, or adding a new one). */
    public boolean apply() {
        Draft d = draft();
        if (d == null || !validate()) {
            status.set(d == null ? "Choose a glossary." : "Not applied: " + validation.get());
            return false;
        }
        GlossaryEntry e = formEntry();
        GlossaryEntry old = editing.get();
        int at = old == null || editingIsNew ? -1 : d.entries.indexOf(old);
        if (at >= 0) {
            d.entries.set(at, e);
        } else {
            d.entries.add(e);
        }
        editing.set(e);
        editingIsNew = false;
        markChanged(d);
        status.set((at >= 0 ? "Changed " : "Added ") + e.id() + " in " + d.name + " (not saved yet)");
        return true;
    }

    public boolean delete(GlossaryEntry e) {
        Draft d = draft();
        if (d == null || e == null || !d.entries.remove(e)) {
            return false;
        }
        if (e.equals(editing.get())) {
            editing.set(null);
        }
        markChanged(d);
        status.set("Deleted " + e.id() + " (not saved yet)");
        return true;
    }

    private void markChanged(Draft d) {
        d.changed = true;
        changed.set(true);
        showGlossary();
        int i = glossaries.indexOf(d);
        glossaries.set(i, d);
        selectedGlossary.set(i);
    }

    // ---- saving --------------------------------------------------------------------------------------------

    /** The glossaries as edited (in memory, saved or not). */
    public GlossarySet glossarySet() {
        return new GlossarySet(glossaries.stream().map(Draft::toGlossary).toList());
    }

    /**
     * Writes the changed glossaries (all of them to {@link #userFolder} the first time a shipped one changed) and
     * returns the files or folders now in force.
     */
    public List<Path> save() throws IOException, GlossaryException {
        boolean shippedChanged = glossaries.stream().anyMatch(d -> d.changed && d.file == null);
        if (shippedChanged) {
            for (Draft d : glossaries) {
                if (d.file == null) {
                    d.file = userFolder.resolve(d.name + ".json");
                    d.changed = true;
                }
            }
        }
        Set<String> ids = new HashSet<>();
        for (Draft d : glossaries) {
            for (GlossaryEntry e : d.entries) {
                if (!ids.add(e.id())) {
                    throw new GlossaryException(d.file, 0, "entry \"" + e.id() + "\": field \"id\": used twice");
                }
            }
        }
        for (Draft d : glossaries) {
            if (d.changed && d.file != null) {
                Glossary g = d.toGlossary();
                parse(d.file, writer.toJson(g));
                java.nio.file.Files.createDirectories(d.file.toAbsolutePath().getParent());
                writer.save(g, d.file);
                d.changed = false;
            }
        }
        changed.set(false);
        glossaries.setAll(new ArrayList<>(glossaries));
        List<Path> inForce = inForce();
        status.set("Saved to " + inForce.stream().map(Path::toString).collect(Collectors.joining(", ")));
        return inForce;
    }

    /** The files or folders to read the glossaries from: empty while all of them are the shipped ones. */
    public List<Path> inForce() {
        if (glossaries.stream().allMatch(d -> d.file == null)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        for (Draft d : glossaries) {
            if (d.file != null && d.file.getParent() != null && d.file.getParent().equals(userFolder)) {
                if (!out.contains(userFolder)) {
                    out.add(userFolder);
                }
            } else if (d.file != null) {
                out.add(d.file);
            }
        }
        return out;
    }

    // ---- helpers and properties ----------------------------------------------------------------------------

    private static String join(List<String> l) {
        return String.join("; ", l);
    }

    static List<String> split(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("[;；\n]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static List<String> listOf(String s) {
        return s.isEmpty() ? List.of() : List.of(s);
    }

    public ObservableList<Draft> glossaries() {
        return glossaries;
    }

    public IntegerProperty selectedGlossaryProperty() {
        return selectedGlossary;
    }

    public ObservableList<GlossaryEntry> entries() {
        return entries;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<GlossaryEntry> editingProperty() {
        return editing;
    }

    public StringProperty validationProperty() {
        return validation;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty changedProperty() {
        return changed;
    }

    /** Selects the glossary with this name; false when there is none. */
    public boolean choose(String name) {
        for (int i = 0; i < glossaries.size(); i++) {
            if (glossaries.get(i).name.equals(name)) {
                selectedGlossary.set(i);
                return true;
            }
        }
        return false;
    }
}
