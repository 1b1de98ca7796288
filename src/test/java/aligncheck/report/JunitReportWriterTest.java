package aligncheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.check.Finding;
import aligncheck.check.Severity;
import aligncheck.pipeline.CheckResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** JUnit XML as Jenkins and GitLab read it: testsuites / testsuite / testcase / failure(message, type). */
class JunitReportWriterTest {
    @TempDir
    Path dir;

    static Element parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return d.getDocumentElement();
    }

    static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        for (Element c : out) {
            assertTrue(Set.of("testsuite", "testcase", "failure", "error", "system-out", "properties")
                    .contains(c.getTagName()), "unexpected element " + c.getTagName());
        }
        return out.stream().filter(c -> c.getTagName().equals(name)).toList();
    }

    @Test
    void oneSuitePerDocumentOneCasePerLinkFailuresForErrors() throws Exception {
        List<CheckResult> rs = ShippedCorpora.results();
        Element root = parse(ShippedCorpora.combined(new JunitReportWriter(Severity.ERROR), rs, List.of()));
        assertEquals("testsuites", root.getTagName());
        List<Element> suites = children(root, "testsuite");
        assertEquals(rs.size(), suites.size());
        int tests = 0;
        int failures = 0;
        for (int i = 0; i < rs.size(); i++) {
            CheckResult r = rs.get(i);
            Element suite = suites.get(i);
            assertEquals(r.document().targetText().displayName(), suite.getAttribute("name"));
            List<Element> cases = children(suite, "testcase");
            assertEquals(r.document().alignment().links().size(), cases.size());
            assertEquals(String.valueOf(cases.size()), suite.getAttribute("tests"));
            Set<Integer> failingLinks = new HashSet<>();
            for (Finding f : r.findings()) {
                if (f.severity() == Severity.ERROR) {
                    failingLinks.add(f.linkIndex());
                }
            }
            int suiteFailures = 0;
            for (int k = 0; k < cases.size(); k++) {
                Element c = cases.get(k);
                assertFalse(c.getAttribute("name").isEmpty());
                assertFalse(c.getAttribute("classname").isEmpty());
                List<Element> fs = children(c, "failure");
                assertEquals(failingLinks.contains(k) ? 1 : 0, fs.size(), c.getAttribute("name"));
                if (!fs.isEmpty()) {
                    suiteFailures++;
                    Element fail = fs.get(0);
                    assertTrue(fail.getAttribute("message").contains(" error "), fail.getAttribute("message"));
                    assertTrue(fail.getAttribute("type").matches("[A-Z_]+"), fail.getAttribute("type"));
                    assertTrue(fail.getTextContent().contains(fail.getAttribute("message")));
                }
            }
            assertEquals(failingLinks.size(), suiteFailures);
            assertEquals(String.valueOf(suiteFailures), suite.getAttribute("failures"));
            tests += cases.size();
            failures += suiteFailures;
        }
        assertEquals(String.valueOf(tests), root.getAttribute("tests"));
        assertEquals(String.valueOf(failures), root.getAttribute("failures"));
        assertTrue(failures >= 10, "failures: " + failures);
    }

    @Test
    void failOnDecidesWhatFails() throws Exception {
        CheckResult r = ShippedCorpora.results().get(1);
        assertTrue(r.count(Severity.WARNING) > 0);
        Element never = parse(ShippedCorpora.write(new JunitReportWriter(null), r));
        assertEquals("0", never.getAttribute("failures"));
        assertTrue(never.getElementsByTagName("system-out").getLength() > 0);
        int onError = Integer.parseInt(parse(ShippedCorpora.write(new JunitReportWriter(Severity.ERROR), r))
                .getAttribute("failures"));
        int onWarning = Integer.parseInt(parse(ShippedCorpora.write(new JunitReportWriter(Severity.WARNING), r))
                .getAttribute("failures"));
        assertTrue(onWarning > onError, onWarning + " vs " + onError);
    }

    @Test
    void markupInTheTextIsEscapedAndAFailedPairIsAnError() throws Exception {
        CheckResult r = ShippedCorpora.hostile(dir);
        Element root = parse(ShippedCorpora.combined(new JunitReportWriter(Severity.ERROR), List.of(r),
                List.of(new InputFailure("x.zh.txt", "x.en.txt", "x.zh.txt", 0, "no such file"))));
        assertEquals("1", root.getAttribute("failures"));
        assertEquals("1", root.getAttribute("errors"));
        Element fail = (Element) root.getElementsByTagName("failure").item(0);
        assertTrue(fail.getAttribute("message").contains("\"Hagel\""), fail.getAttribute("message"));
        Element err = (Element) root.getElementsByTagName("error").item(0);
        assertEquals("x.zh.txt: no such file", err.getAttribute("message"));
        assertEquals("BAD_INPUT", err.getAttribute("type"));
    }
}
