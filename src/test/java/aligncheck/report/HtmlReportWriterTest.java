package aligncheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aligncheck.check.Finding;
import aligncheck.pipeline.CheckResult;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {
    @TempDir
    Path dir;

    private static Set<String> all(Pattern p, String s) {
        Set<String> out = new HashSet<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void selfContainedWithEveryInternalLinkResolving() throws Exception {
        for (CheckResult r : ShippedCorpora.results()) {
            String html = ShippedCorpora.write(new HtmlReportWriter(), r);
            assertTrue(html.startsWith("<!DOCTYPE html>"));
            assertFalse(html.contains("<script"), "no script");
            assertFalse(Pattern.compile("(src|href)=\"(?!#)").matcher(html).find(), "no external resource");
            assertFalse(html.contains("<link"), "no stylesheet link");
            Set<String> ids = all(Pattern.compile(" id=\"([^\"]+)\""), html);
            Set<String> hrefs = all(Pattern.compile("href=\"#([^\"]+)\""), html);
            assertFalse(hrefs.isEmpty());
            assertTrue(ids.containsAll(hrefs), "dangling: " + diff(hrefs, ids));
            for (int i = 0; i < r.findings().size(); i++) {
                Finding f = r.findings().get(i);
                assertTrue(hrefs.contains("d0-f" + i), "summary links to finding " + i);
                assertTrue(html.contains("<a href=\"#d0-l" + f.linkIndex() + "\">"), "finding links to its pair");
                if (f.targetText() != null) {
                    assertTrue(html.contains("\">" + MarkupEscaper.content(f.targetText()) + "</mark>"),
                            "target span highlighted: " + f.targetText());
                }
                if (f.sourceText() != null && f.sourceSpan() != null) {
                    assertTrue(html.contains("\">" + MarkupEscaper.content(f.sourceText()) + "</mark>"),
                            "source span highlighted: " + f.sourceText());
                }
            }
            for (int k = 0; k < r.document().alignment().links().size(); k++) {
                assertTrue(ids.contains("d0-l" + k), "a row per link");
            }
            for (String check : r.countsByCheck().keySet()) {
                assertTrue(html.contains("<code title=\"") && html.contains(">" + check + "</code></th>"), check);
            }
        }
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }

    @Test
    void everythingFromTheTextsIsEscaped() throws Exception {
        CheckResult r = ShippedCorpora.hostile(dir);
        String html = ShippedCorpora.write(new HtmlReportWriter(), r);
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;<mark"), html);
    }

    @Test
    void combinedListsDocumentsAndFailures() throws Exception {
        List<CheckResult> rs = ShippedCorpora.results();
        String html = ShippedCorpora.combined(new HtmlReportWriter(), rs,
                List.of(new InputFailure("c.zh.txt", "c.en.txt", "c.en.txt", 2, "binary <file>")));
        Set<String> ids = all(Pattern.compile(" id=\"([^\"]+)\""), html);
        Set<String> hrefs = all(Pattern.compile("href=\"#([^\"]+)\""), html);
        assertTrue(ids.containsAll(hrefs), "dangling: " + diff(hrefs, ids));
        assertTrue(ids.containsAll(List.of("d0", "d1", "d1-f0", "d1-l0")));
        assertTrue(html.contains("not checked: c.en.txt:2: binary &lt;file&gt;"), html);
        assertEquals(html.indexOf("<section id=\"summary\""), html.indexOf("<section"), "summary first");
    }
}
