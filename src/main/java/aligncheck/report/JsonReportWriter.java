package aligncheck.report;

import aligncheck.align.AlignedDocument;
import aligncheck.align.Link;
import aligncheck.check.Finding;
import aligncheck.check.Severity;
import aligncheck.pipeline.CheckResult;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report: {@code {source, target, sourceLanguage, findings[], alignment[], summary}}. Sentence indices
 * are 0-based in the segmentation used; spans are UTF-16 offsets into the sentence text; lines are 1-based.
 *
 * <p>Combined: {@code {documents[], summary}}, where each document is either such a report or, for a pair that
 * could not be checked, {@code {source, target, error: {file, line, message}}}; the summary counts documents,
 * failed documents, findings, errors, warnings and findings per check.
 */
public final class JsonReportWriter implements ReportWriter {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        ObjectNode root = toJson(result);
        JsonGenerator g = mapper.getFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        mapper.writeTree(g, root);
        g.flush();
        out.write('\n');
        out.flush();
    }

    @Override
    public CombinedReport combined(Writer out) throws IOException {
        JsonGenerator g = mapper.getFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartObject();
        g.writeArrayFieldStart("documents");
        return new CombinedReport() {
            private final Tally tally = new Tally();

            @Override
            public void add(CheckResult result) throws IOException {
                tally.add(result);
                mapper.writeTree(g, toJson(result));
                g.flush();
            }

            @Override
            public void addFailure(InputFailure failure) throws IOException {
                tally.addFailure();
                ObjectNode n = mapper.createObjectNode();
                n.put("source", failure.source());
                n.put("target", failure.target());
                ObjectNode e = n.putObject("error");
                e.put("file", failure.file());
                e.put("line", failure.line());
                e.put("message", failure.message());
                mapper.writeTree(g, n);
                g.flush();
            }

            @Override
            public void close() throws IOException {
                g.writeEndArray();
                ObjectNode summary = mapper.createObjectNode();
                summary.put("documents", tally.documents());
                summary.put("failed", tally.failed());
                summary.put("findings", tally.findings());
                summary.put("errors", tally.count(Severity.ERROR));
                summary.put("warnings", tally.count(Severity.WARNING));
                ObjectNode byCheck = summary.putObject("byCheck");
                tally.byCheck().forEach(byCheck::put);
                g.writeFieldName("summary");
                mapper.writeTree(g, summary);
                g.writeEndObject();
                g.flush();
                out.write('\n');
                out.flush();
            }
        };
    }

    public ObjectNode toJson(CheckResult result) {
        AlignedDocument doc = result.document();
        ObjectNode root = mapper.createObjectNode();
        root.put("source", doc.sourceText().displayName());
        root.put("target", doc.targetText().displayName());
        root.put("sourceLanguage", doc.sourceLanguage().code());
        root.put("sourceEncoding", doc.sourceText().charset().name());
        root.put("targetEncoding", doc.targetText().charset().name());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            findings.add(finding(doc, f));
        }
        ArrayNode links = root.putArray("alignment");
        for (Link l : doc.alignment().links()) {
            ObjectNode n = links.addObject();
            l.source().forEach(n.putArray("source")::add);
            l.target().forEach(n.putArray("target")::add);
            n.put("confidence", Math.round(l.confidence() * 1000) / 1000.0);
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("sourceSentences", doc.source().size());
        summary.put("targetSentences", doc.target().size());
        summary.put("links", doc.alignment().links().size());
        summary.put("findings", result.findings().size());
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        ObjectNode byCheck = summary.putObject("byCheck");
        result.countsByCheck().forEach(byCheck::put);
        return root;
    }

    private ObjectNode finding(AlignedDocument doc, Finding f) {
        ObjectNode n = mapper.createObjectNode();
        FindingLocation loc = FindingLocation.of(doc, f);
        n.put("check", f.checkId());
        n.put("severity", f.severity().label());
        n.put("kind", f.kind().itsType());
        n.put("file", loc.file().displayName());
        n.put("line", loc.line());
        n.put("link", f.linkIndex());
        n.put("sourceSentence", f.sourceSentence());
        n.put("targetSentence", f.targetSentence());
        n.put("sourceText", f.sourceText());
        span(n, "sourceSpan", f.sourceSpan());
        n.put("targetText", f.targetText());
        span(n, "targetSpan", f.targetSpan());
        n.put("suggestion", f.suggestion());
        f.suggestions().forEach(n.putArray("suggestions")::add);
        n.put("message", f.message());
        n.put("entry", f.entryId());
        n.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
        return n;
    }

    private static void span(ObjectNode n, String field, aligncheck.text.Span s) {
        if (s == null) {
            n.putNull(field);
        } else {
            ArrayNode a = n.putArray(field);
            a.add(s.start());
            a.add(s.end());
        }
    }
}
