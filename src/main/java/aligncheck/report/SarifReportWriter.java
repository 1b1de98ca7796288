package aligncheck.report;

import aligncheck.align.AlignedDocument;
import aligncheck.check.Check;
import aligncheck.check.Checks;
import aligncheck.check.Finding;
import aligncheck.check.Severity;
import aligncheck.pipeline.CheckResult;
import aligncheck.text.LoadedText;
import aligncheck.text.Sentence;
import aligncheck.text.Span;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0: one run of the tool {@code aligncheck} whose {@code rules} are the registered check ids, one result
 * per finding.
 *
 * <p>A result's location is the finding's target span in the English file (the whole target sentence when the
 * rendering is missing; the source span when the link has no target); its related location (id 1) is the source
 * span, or the source sentence when the finding names no source span. Regions are 1-based lines and columns; the
 * run states {@code columnKind: utf16CodeUnits}: a column counts UTF-16 code units of the decoded text from the
 * start of its line (a BOM is not counted), and {@code endColumn} is the column after the region's last
 * character. URIs are relative to the working directory when the file lies under it ({@link ArtifactUri}).
 * A finding with a suggestion carries a {@code fix} replacing the target span. Pairs that could not be checked are
 * {@code toolExecutionNotifications} of the run's invocation.
 */
public final class SarifReportWriter implements ReportWriter {
    public static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public static final String TOOL_VERSION = "0.1.0";

    private final ObjectMapper mapper = new ObjectMapper();
    private final Path base;
    private final List<String> ruleIds;

    /** URIs relative to the working directory, rules from {@link Checks#all()}. */
    public SarifReportWriter() {
        this(Path.of(""), Checks.all());
    }

    public SarifReportWriter(Path base, List<Check> checks) {
        this.base = base;
        Set<String> ids = new LinkedHashSet<>();
        checks.forEach(c -> ids.addAll(c.ids()));
        this.ruleIds = List.copyOf(ids);
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        try (CombinedReport r = combined(out)) {
            r.add(result);
        }
    }

    @Override
    public CombinedReport combined(Writer out) throws IOException {
        JsonGenerator g = mapper.getFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeFieldName("tool");
        mapper.writeTree(g, tool());
        g.writeStringField("columnKind", "utf16CodeUnits");
        g.writeArrayFieldStart("results");
        return new CombinedReport() {
            private final List<ObjectNode> notifications = new ArrayList<>();

            @Override
            public void add(CheckResult result) throws IOException {
                Positions positions = new Positions(result.document());
                for (Finding f : result.findings()) {
                    mapper.writeTree(g, result(positions, f));
                }
                g.flush();
            }

            @Override
            public void addFailure(InputFailure failure) {
                ObjectNode n = mapper.createObjectNode();
                n.put("level", "error");
                n.putObject("message").put("text", failure.message());
                ObjectNode phys = n.putArray("locations").addObject().putObject("physicalLocation");
                phys.putObject("artifactLocation").put("uri", ArtifactUri.of(Path.of(failure.file()), base));
                if (failure.line() > 0) {
                    phys.putObject("region").put("startLine", failure.line());
                }
                notifications.add(n);
            }

            @Override
            public void close() throws IOException {
                g.writeEndArray();
                g.writeArrayFieldStart("invocations");
                g.writeStartObject();
                g.writeBooleanField("executionSuccessful", notifications.isEmpty());
                if (!notifications.isEmpty()) {
                    g.writeArrayFieldStart("toolExecutionNotifications");
                    for (ObjectNode n : notifications) {
                        mapper.writeTree(g, n);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                g.flush();
                out.write('\n');
                out.flush();
            }
        };
    }

    private ObjectNode tool() {
        ObjectNode tool = mapper.createObjectNode();
        ObjectNode driver = tool.putObject("driver");
        driver.put("name", "aligncheck");
        driver.put("version", TOOL_VERSION);
        driver.put("semanticVersion", TOOL_VERSION);
        ArrayNode rules = driver.putArray("rules");
        for (String id : ruleIds) {
            ObjectNode r = rules.addObject();
            r.put("id", id);
            r.putObject("shortDescription").put("text", CheckDescriptions.of(id));
        }
        return tool;
    }

    private ObjectNode result(Positions p, Finding f) {
        ObjectNode r = mapper.createObjectNode();
        r.put("ruleId", f.checkId());
        int ruleIndex = ruleIds.indexOf(f.checkId());
        if (ruleIndex >= 0) {
            r.put("ruleIndex", ruleIndex);
        }
        r.put("level", level(f.severity()));
        r.putObject("message").put("text", f.message());
        AlignedDocument doc = p.doc;
        boolean onTarget = f.targetSentence() >= 0;
        ObjectNode location = r.putArray("locations").addObject();
        if (onTarget) {
            location.set("physicalLocation", p.physical(false, f.targetSentence(), f.targetSpan()));
            if (f.sourceSentence() >= 0) {
                ObjectNode related = r.putArray("relatedLocations").addObject();
                related.put("id", 1);
                related.set("physicalLocation", p.physical(true, f.sourceSentence(), f.sourceSpan()));
                related.putObject("message").put("text", "source: " + (f.sourceText() != null ? f.sourceText()
                        : doc.source().get(f.sourceSentence()).text()));
            }
        } else if (f.sourceSentence() >= 0) {
            location.set("physicalLocation", p.physical(true, f.sourceSentence(), f.sourceSpan()));
        } else {
            location.putObject("physicalLocation").putObject("artifactLocation")
                    .put("uri", ArtifactUri.of(doc.targetText().path(), base));
        }
        if (onTarget && f.targetSpan() != null && f.suggestion() != null) {
            ObjectNode fix = r.putArray("fixes").addObject();
            fix.putObject("description").put("text", "Replace \"" + f.targetText() + "\" with \"" + f.suggestion()
                    + "\"");
            ObjectNode change = fix.putArray("artifactChanges").addObject();
            change.putObject("artifactLocation").put("uri", ArtifactUri.of(doc.targetText().path(), base));
            ObjectNode rep = change.putArray("replacements").addObject();
            rep.set("deletedRegion", p.region(false, f.targetSentence(), f.targetSpan()));
            rep.putObject("insertedContent").put("text", f.suggestion());
        }
        ObjectNode props = r.putObject("properties");
        props.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
        props.put("link", f.linkIndex());
        props.put("sourceSentence", f.sourceSentence());
        props.put("targetSentence", f.targetSentence());
        if (f.entryId() != null) {
            props.put("entry", f.entryId());
        }
        if (!f.suggestions().isEmpty()) {
            f.suggestions().forEach(props.putArray("suggestions")::add);
        }
        return r;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Lines and columns of one document's two files, each computed once. */
    private final class Positions {
        final AlignedDocument doc;
        private final Map<Boolean, LineColumns> lines = new HashMap<>();

        Positions(AlignedDocument doc) {
            this.doc = doc;
        }

        ObjectNode physical(boolean source, int sentence, Span span) {
            ObjectNode n = mapper.createObjectNode();
            LoadedText file = source ? doc.sourceText() : doc.targetText();
            n.putObject("artifactLocation").put("uri", ArtifactUri.of(file.path(), base));
            n.set("region", region(source, sentence, span));
            return n;
        }

        /** The region of {@code span} in sentence {@code sentence}, or of the whole sentence when span is null. */
        ObjectNode region(boolean source, int sentence, Span span) {
            LoadedText file = source ? doc.sourceText() : doc.targetText();
            Sentence s = (source ? doc.source() : doc.target()).get(sentence);
            Span abs = span == null ? s.span() : span.shift(s.span().start());
            LineColumns lc = lines.computeIfAbsent(source, k -> new LineColumns(file.text()));
            ObjectNode region = mapper.createObjectNode();
            region.put("startLine", lc.line(abs.start()));
            region.put("startColumn", lc.column(abs.start()));
            region.put("endLine", lc.line(abs.end()));
            region.put("endColumn", lc.column(abs.end()));
            region.putObject("snippet").put("text", abs.of(file.text()));
            return region;
        }
    }
}
