package aligncheck.glossary;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads glossary JSON files (format: {@code glossaries/README.md}) and validates them. Every problem is reported as
 * a {@link GlossaryException} naming file, line, entry and field. Each glossary read keeps the line of every entry
 * ({@link Glossary#locations()}).
 *
 * <p>The default reader refuses a file that uses an id twice, and {@link #readAll} ids used in two files. The reader
 * of {@link #withoutUniquenessChecks()} checks each entry on its own only, so that {@link GlossaryConflicts} can
 * report every duplicate at once.
 */
public final class GlossaryReader {
    private static final Set<String> TOP_FIELDS = Set.of("name", "description", "entries");
    private static final Set<String> ENTRY_FIELDS = Set.of("id", "type", "zh-Hans", "zh-Hant", "ja", "english",
            "variants", "wrong", "description", "note");

    private final ObjectMapper mapper = new ObjectMapper();
    private final boolean uniqueIds;

    /** A reader that refuses duplicate ids (within a file, and across the files of {@link #readAll}). */
    public GlossaryReader() {
        this(true);
    }

    private GlossaryReader(boolean uniqueIds) {
        this.uniqueIds = uniqueIds;
    }

    /** A reader that validates each entry on its own and leaves duplicate ids to {@link GlossaryConflicts}. */
    public static GlossaryReader withoutUniquenessChecks() {
        return new GlossaryReader(false);
    }

    /** Reads one file, or every {@code *.json} file of a directory (sorted by name), and checks ids across them. */
    public List<Glossary> read(Path fileOrDir) throws GlossaryException {
        List<Glossary> out = new ArrayList<>();
        for (Path f : files(fileOrDir)) {
            out.add(readFile(f));
        }
        return out;
    }

    /** The file itself, or the {@code *.json} files of a directory (sorted by name; at least one). */
    public static List<Path> files(Path fileOrDir) throws GlossaryException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(fileOrDir)) {
            try (Stream<Path> s = Files.list(fileOrDir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new GlossaryException(fileOrDir, 0, "cannot list directory: " + e.getMessage());
            }
            if (files.isEmpty()) {
                throw new GlossaryException(fileOrDir, 0, "no *.json glossary in this directory");
            }
        } else {
            files.add(fileOrDir);
        }
        return files;
    }

    /**
     * Reads and validates several files or directories together: ids are unique across all (the default reader).
     * Source forms shared by two entries are found by {@link GlossaryConflicts}.
     */
    public GlossarySet readAll(List<Path> paths) throws GlossaryException {
        List<Glossary> all = new ArrayList<>();
        for (Path p : paths) {
            all.addAll(read(p));
        }
        if (uniqueIds) {
            checkUniqueIds(all);
        }
        return new GlossarySet(all);
    }

    public Glossary readFile(Path file) throws GlossaryException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file, in);
        } catch (NoSuchFileException e) {
            throw new GlossaryException(file, 0, "no such file");
        } catch (IOException e) {
            throw new GlossaryException(file, 0, "cannot read: " + e.getMessage());
        }
    }

    /** Parses a glossary from a stream; {@code file} is used in messages. */
    public Glossary parse(Path file, InputStream in) throws GlossaryException, IOException {
        JsonFactory factory = mapper.getFactory();
        try (JsonParser p = factory.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new GlossaryException(file, line(p.currentLocation()), "expected a JSON object at the top");
            }
            String name = null;
            String description = "";
            List<LocatedEntry> entries = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                int fieldLine = line(p.currentLocation());
                JsonToken value = p.nextToken();
                switch (field) {
                    case "name" -> name = topString(file, fieldLine, field, p, value);
                    case "description" -> description = topString(file, fieldLine, field, p, value);
                    case "entries" -> entries = readEntries(file, p, value, fieldLine);
                    default -> throw new GlossaryException(file, fieldLine, "unknown field \"" + field
                            + "\" (expected one of " + String.join(", ", TOP_FIELDS.stream().sorted().toList()) + ")");
                }
            }
            if (entries == null) {
                throw new GlossaryException(file, 1, "field \"entries\" is missing");
            }
            if (name == null || name.isBlank()) {
                name = file == null ? "glossary" : file.getFileName().toString().replaceFirst("\\.json$", "");
            }
            return new Glossary(file, name, description, entries.stream().map(LocatedEntry::entry).toList(),
                    entries.stream().map(LocatedEntry::location).toList());
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new GlossaryException(file, loc == null ? 0 : line(loc),
                    "malformed JSON: " + jsonProblem(e.getOriginalMessage()));
        }
    }

    private static String topString(Path file, int line, String field, JsonParser p, JsonToken t)
            throws GlossaryException, IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw new GlossaryException(file, line, "field \"" + field + "\" must be a string");
        }
        return p.getText();
    }

    private List<LocatedEntry> readEntries(Path file, JsonParser p, JsonToken t, int line)
            throws GlossaryException, IOException {
        if (t != JsonToken.START_ARRAY) {
            throw new GlossaryException(file, line, "field \"entries\" must be an array");
        }
        List<LocatedEntry> entries = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int entryLine = line(p.currentLocation());
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new GlossaryException(file, entryLine, "entry " + (index + 1) + ": must be an object");
            }
            Map<String, Integer> fieldLines = new HashMap<>();
            com.fasterxml.jackson.databind.node.ObjectNode node = mapper.createObjectNode();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                fieldLines.put(field, line(p.currentLocation()));
                p.nextToken();
                node.set(field, mapper.readTree(p));
            }
            GlossaryEntry entry = new EntryValidator(file, entryLine, fieldLines, index).toEntry(node);
            int idLine = fieldLines.getOrDefault("id", entryLine);
            Integer previous = idLines.putIfAbsent(entry.id(), idLine);
            if (previous != null && uniqueIds) {
                throw new GlossaryException(file, idLine, "entry \"" + entry.id()
                        + "\": field \"id\": duplicate id, first used at line " + previous);
            }
            entries.add(new LocatedEntry(entry, new EntryLocation(file, idLine, fieldLines)));
            index++;
        }
        return entries;
    }

    private static void checkUniqueIds(List<Glossary> all) throws GlossaryException {
        Map<String, Glossary> seen = new HashMap<>();
        for (Glossary g : all) {
            for (GlossaryEntry e : g.entries()) {
                Glossary first = seen.putIfAbsent(e.id(), g);
                if (first != null && first != g) {
                    throw new GlossaryException(g.source(), 0, "entry \"" + e.id() + "\": field \"id\": also defined in "
                            + first.source());
                }
            }
        }
    }

    /** Jackson's message without its parenthesized source location (the line is in the message prefix). */
    static String jsonProblem(String message) {
        String m = message == null ? "" : message.replaceAll("\\s*\\(start marker at \\[Source:.*$", "");
        return m.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    private static int line(JsonLocation loc) {
        return loc == null ? 0 : loc.getLineNr();
    }

    /** Turns one entry object into a {@link GlossaryEntry}, or says which field is wrong. */
    private record EntryValidator(Path file, int line, Map<String, Integer> fieldLines, int index) {
        GlossaryEntry toEntry(JsonNode n) throws GlossaryException {
            String label = "entry " + (index + 1);
            JsonNode idNode = n.get("id");
            if (idNode != null && idNode.isTextual()) {
                label = "entry \"" + idNode.asText() + "\"";
            }
            for (var it = n.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!ENTRY_FIELDS.contains(f)) {
                    throw fail(label, f, "unknown field (expected one of "
                            + String.join(", ", ENTRY_FIELDS.stream().sorted().toList()) + ")");
                }
            }
            String id = requiredString(n, label, "id");
            String typeText = requiredString(n, label, "type");
            EntryType type;
            try {
                type = EntryType.fromJson(typeText);
            } catch (IllegalArgumentException e) {
                throw fail(label, "type", "\"" + typeText + "\" is not one of person, organization, place, title, other");
            }
            List<String> hans = strings(n, label, "zh-Hans");
            List<String> hant = strings(n, label, "zh-Hant");
            List<String> ja = strings(n, label, "ja");
            String english = requiredString(n, label, "english");
            List<String> variants = strings(n, label, "variants");
            List<String> wrong = strings(n, label, "wrong");
            GlossaryEntry entry = new GlossaryEntry(id, type, hans, hant, ja, english, variants, wrong,
                    optionalString(n, label, "description"), optionalString(n, label, "note"));
            var broken = EntryRules.check(entry);
            if (broken.isPresent()) {
                throw fail(label, broken.get().field(), broken.get().message());
            }
            return entry;
        }

        private String requiredString(JsonNode n, String label, String field) throws GlossaryException {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                throw fail(label, field, "is missing");
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                throw fail(label, field, "must be a non-empty string");
            }
            return v.asText().strip();
        }

        private String optionalString(JsonNode n, String label, String field) throws GlossaryException {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return "";
            }
            if (!v.isTextual()) {
                throw fail(label, field, "must be a string");
            }
            return v.asText().strip();
        }

        private List<String> strings(JsonNode n, String label, String field) throws GlossaryException {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw fail(label, field, "must be an array of strings");
            }
            List<String> out = new ArrayList<>();
            for (JsonNode item : v) {
                if (!item.isTextual() || item.asText().isBlank()) {
                    throw fail(label, field, "must contain only non-empty strings");
                }
                out.add(item.asText().strip());
            }
            return out;
        }

        private GlossaryException fail(String label, String field, String message) {
            return new GlossaryException(file, fieldLines.getOrDefault(field, line), label + ": field \"" + field + "\": " + message);
        }
    }
}
