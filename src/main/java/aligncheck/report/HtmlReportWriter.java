package aligncheck.report;

import aligncheck.align.AlignedDocument;
import aligncheck.align.Link;
import aligncheck.check.Finding;
import aligncheck.check.Severity;
import aligncheck.pipeline.CheckResult;
import aligncheck.text.Sentence;
import aligncheck.text.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A single self-contained HTML file for a reviewer: inline CSS, no script, no external resource. At the top the
 * counts per check and severity, each count followed by links to its findings; then, per document pair, the list
 * of findings (each linking to its link) and the alignment, one table row per link with the source and the English
 * side by side and the finding spans highlighted. Every text is escaped ({@link MarkupEscaper}). Anchors:
 * {@code d<doc>} for a document, {@code d<doc>-f<finding>} for a finding, {@code d<doc>-l<link>} for a link
 * (0-based, in the order given). Combined, documents follow each other; pairs that could not be checked are listed
 * in the summary with their one-line reason.
 */
public final class HtmlReportWriter implements ReportWriter {
    private static final String CSS = """
            :root{--err:#b3261e;--errbg:#fde7e4;--warn:#8a5a00;--warnbg:#fff1c2;--note:#1d5fa8;--notebg:#e3eefc;\
            --line:#d7d7d7;--mute:#5f6368}
            body{font:15px/1.55 system-ui,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","Noto Sans CJK JP",\
            sans-serif;margin:0 auto;max-width:1600px;padding:0 24px 48px;color:#1f1f1f;background:#fff}
            :lang(zh){font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC",\
            "Microsoft YaHei",sans-serif}
            :lang(ja){font-family:"Noto Sans CJK JP","Noto Sans JP","Source Han Sans JP","Hiragino Sans",\
            "Yu Gothic",sans-serif}
            h1{font-size:24px;margin:24px 0 4px}h2{font-size:20px;margin:32px 0 8px;border-bottom:2px solid #333}
            h3{font-size:16px;margin:20px 0 6px}.meta{color:var(--mute);margin:0 0 12px}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid var(--line);padding:6px 8px;\
            vertical-align:top;text-align:left}
            thead th{background:#f3f3f3;position:sticky;top:0}
            table.counts{width:auto;min-width:50%}table.counts td{min-width:9em}
            .n{font-variant-numeric:tabular-nums}.refs a{margin-right:6px;font-size:13px}
            .sev{display:inline-block;font-size:12px;font-weight:600;padding:0 6px;border-radius:3px;\
            text-transform:uppercase}
            .sev.error{color:#fff;background:var(--err)}.sev.warning{color:#000;background:#f5c342}\
            .sev.info{color:#fff;background:var(--note)}
            code{font-size:13px}ol.findings{padding-left:2.2em}ol.findings li{margin:4px 0}
            ol.findings li:target,tr:target{outline:3px solid #3b82f6;outline-offset:-2px}
            del{color:var(--err)}ins{color:#146c2e;text-decoration:none;font-weight:600}
            .msg{color:var(--mute);font-size:13px}
            table.pairs td{width:47%}table.pairs th.k{width:4em;white-space:nowrap;font-weight:normal;\
            color:var(--mute);font-size:13px}
            tr.error th.k{border-left:5px solid var(--err)}tr.warning th.k{border-left:5px solid #f5c342}\
            tr.info th.k{border-left:5px solid var(--note)}
            .s{margin-right:.3em}.s sup{color:var(--mute);font-size:10px;margin-right:2px}
            mark{padding:0 1px;border-radius:2px}mark.error{background:var(--errbg);\
            box-shadow:inset 0 -2px var(--err)}mark.warning{background:var(--warnbg);box-shadow:inset 0 -2px #f5c342}\
            mark.info{background:var(--notebg)}
            ul.notes{margin:6px 0 0;padding-left:1.2em;font-size:13px}
            .conf{display:block;font-size:11px}.failed{color:var(--err)}
            """;

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        try (CombinedReport r = report(out, Spill.inMemory(), result.document().targetText().displayName())) {
            r.add(result);
        }
    }

    @Override
    public CombinedReport combined(Writer out) throws IOException {
        return report(out, Spill.onDisk(), null);
    }

    /** What the summary keeps of a finding: where it is, never the document. */
    private record FindingRef(String anchor, String label, String title, String checkId, Severity severity) {
    }

    private record DocumentRow(String anchor, String source, String target, int links, int findings, int errors,
                               int warnings, String failure) {
    }

    /** @param single the title of a one-document report, or null for a combined one */
    private CombinedReport report(Writer out, Spill body, String single) {
        return new CombinedReport() {
            private final List<FindingRef> refs = new ArrayList<>();
            private final List<DocumentRow> documents = new ArrayList<>();

            @Override
            public void add(CheckResult result) throws IOException {
                String d = "d" + documents.size();
                AlignedDocument doc = result.document();
                documents.add(new DocumentRow(d, doc.sourceText().displayName(), doc.targetText().displayName(),
                        doc.alignment().links().size(), result.findings().size(), (int) result.count(Severity.ERROR),
                        (int) result.count(Severity.WARNING), null));
                section(body.writer(), d, result, refs, single == null);
            }

            @Override
            public void addFailure(InputFailure failure) {
                documents.add(new DocumentRow("d" + documents.size(), failure.source(), failure.target(), 0, 0, 0, 0,
                        failure.message()));
            }

            @Override
            public void close() throws IOException {
                head(out, single == null ? "aligncheck report: " + documents.size() + " document pairs"
                        : "aligncheck report: " + single);
                summary(out, refs, single == null ? documents : List.of());
                body.transferTo(out);
                out.write("</body>\n</html>\n");
                out.flush();
            }
        };
    }

    private static void head(Writer out, String title) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n<title>" + esc(title)
                + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<h1>" + esc(title) + "</h1>\n");
    }

    private static void summary(Writer out, List<FindingRef> refs, List<DocumentRow> documents) throws IOException {
        StringBuilder b = new StringBuilder("<section id=\"summary\">\n<h2>Summary</h2>\n");
        Map<String, Map<Severity, List<FindingRef>>> byCheck = new TreeMap<>();
        for (FindingRef r : refs) {
            byCheck.computeIfAbsent(r.checkId(), k -> new EnumMap<>(Severity.class))
                    .computeIfAbsent(r.severity(), k -> new ArrayList<>()).add(r);
        }
        if (refs.isEmpty()) {
            b.append("<p>No findings.</p>\n");
        } else {
            b.append("<table class=\"counts\">\n<thead><tr><th>check</th>");
            List<Severity> severities = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);
            for (Severity s : severities) {
                b.append("<th><span class=\"sev ").append(s.label()).append("\">").append(s.label())
                        .append("</span></th>");
            }
            b.append("<th>total</th></tr></thead>\n<tbody>\n");
            Map<Severity, Integer> totals = new EnumMap<>(Severity.class);
            for (var e : byCheck.entrySet()) {
                b.append("<tr><th><code title=\"").append(attr(CheckDescriptions.of(e.getKey()))).append("\">")
                        .append(esc(e.getKey())).append("</code></th>");
                int total = 0;
                for (Severity s : severities) {
                    List<FindingRef> list = e.getValue().getOrDefault(s, List.of());
                    total += list.size();
                    totals.merge(s, list.size(), Integer::sum);
                    b.append("<td><span class=\"n\">").append(list.size()).append("</span>");
                    if (!list.isEmpty()) {
                        b.append(" <span class=\"refs\">");
                        for (FindingRef r : list) {
                            b.append("<a href=\"#").append(r.anchor()).append("\" title=\"").append(attr(r.title()))
                                    .append("\">").append(esc(r.label())).append("</a>");
                        }
                        b.append("</span>");
                    }
                    b.append("</td>");
                }
                b.append("<td class=\"n\">").append(total).append("</td></tr>\n");
            }
            b.append("<tr><th>all</th>");
            for (Severity s : severities) {
                b.append("<td class=\"n\">").append(totals.getOrDefault(s, 0)).append("</td>");
            }
            b.append("<td class=\"n\">").append(refs.size()).append("</td></tr>\n</tbody>\n</table>\n");
        }
        if (!documents.isEmpty()) {
            b.append("<h3>Documents</h3>\n<table>\n<thead><tr><th>#</th><th>source</th><th>target</th><th>links</th>"
                    + "<th>findings</th><th>errors</th><th>warnings</th></tr></thead>\n<tbody>\n");
            for (DocumentRow d : documents) {
                b.append("<tr><td>").append(d.anchor().substring(1)).append("</td><td>").append(esc(d.source()))
                        .append("</td><td>");
                if (d.failure() != null) {
                    b.append(esc(d.target())).append("</td><td colspan=\"4\" class=\"failed\">not checked: ")
                            .append(esc(d.failure())).append("</td></tr>\n");
                } else {
                    b.append("<a href=\"#").append(d.anchor()).append("\">").append(esc(d.target())).append("</a></td>")
                            .append("<td class=\"n\">").append(d.links()).append("</td><td class=\"n\">")
                            .append(d.findings()).append("</td><td class=\"n\">").append(d.errors())
                            .append("</td><td class=\"n\">").append(d.warnings()).append("</td></tr>\n");
                }
            }
            b.append("</tbody>\n</table>\n");
        }
        b.append("</section>\n");
        out.write(b.toString());
    }

    /** A highlight in one sentence: a span, its finding's severity and anchor. */
    private record Mark(Span span, Finding finding, String anchor) {
    }

    private static void section(Writer w, String d, CheckResult result, List<FindingRef> refs, boolean combined)
            throws IOException {
        AlignedDocument doc = result.document();
        List<Finding> findings = result.findings();
        Map<Integer, List<Mark>> sourceMarks = new HashMap<>();
        Map<Integer, List<Mark>> targetMarks = new HashMap<>();
        Map<Integer, List<Integer>> byLink = new HashMap<>();
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"doc\" id=\"").append(d).append("\">\n<h2>").append(esc(doc.sourceText()
                .displayName())).append(" → ").append(esc(doc.targetText().displayName())).append("</h2>\n");
        b.append("<p class=\"meta\">").append(esc(doc.sourceLanguage().code())).append(" → en · ")
                .append(doc.source().size()).append(" / ").append(doc.target().size()).append(" sentences · ")
                .append(doc.alignment().links().size()).append(" links · ").append(findings.size())
                .append(" findings (").append(result.count(Severity.ERROR)).append(" errors, ")
                .append(result.count(Severity.WARNING)).append(" warnings)</p>\n");
        if (!findings.isEmpty()) {
            b.append("<h3>Findings</h3>\n<ol class=\"findings\">\n");
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String anchor = d + "-f" + i;
            FindingLocation loc = FindingLocation.of(doc, f);
            String label = (combined ? d + ":" : "") + loc.line();
            refs.add(new FindingRef(anchor, label, loc.display() + " " + f.checkId() + ": " + f.message(),
                    f.checkId(), f.severity()));
            if (f.sourceSpan() != null) {
                sourceMarks.computeIfAbsent(f.sourceSentence(), k -> new ArrayList<>())
                        .add(new Mark(f.sourceSpan(), f, anchor));
            }
            if (f.targetSpan() != null) {
                targetMarks.computeIfAbsent(f.targetSentence(), k -> new ArrayList<>())
                        .add(new Mark(f.targetSpan(), f, anchor));
            }
            byLink.computeIfAbsent(f.linkIndex(), k -> new ArrayList<>()).add(i);
            b.append("<li id=\"").append(anchor).append("\">");
            if (f.linkIndex() >= 0) {
                b.append("<a href=\"#").append(d).append("-l").append(f.linkIndex()).append("\">")
                        .append(esc(loc.display())).append(" · link ").append(f.linkIndex()).append("</a> ");
            } else {
                b.append(esc(loc.display())).append(' ');
            }
            b.append("<span class=\"sev ").append(f.severity().label()).append("\">").append(f.severity().label())
                    .append("</span> <code>").append(esc(f.checkId())).append("</code> ");
            if (f.sourceText() != null) {
                b.append("<span lang=\"").append(lang(doc)).append("\">").append(esc(f.sourceText()))
                        .append("</span> → ");
            }
            b.append(f.targetText() != null ? "<del>" + esc(f.targetText()) + "</del>" : "<em>(missing)</em>");
            if (f.suggestion() != null) {
                b.append(" <ins>").append(esc(f.suggestion())).append("</ins>");
            }
            b.append("<div class=\"msg\">").append(esc(f.message())).append("</div></li>\n");
        }
        if (!findings.isEmpty()) {
            b.append("</ol>\n");
        }
        b.append("<h3>Alignment</h3>\n<table class=\"pairs\">\n<thead><tr><th>link</th><th>source (")
                .append(esc(doc.sourceLanguage().code())).append(")</th><th>English</th></tr></thead>\n<tbody>\n");
        w.write(b.toString());
        List<Link> links = doc.alignment().links();
        for (int k = 0; k < links.size(); k++) {
            b.setLength(0);
            Link l = links.get(k);
            List<Integer> here = byLink.getOrDefault(k, List.of());
            Severity worst = null;
            for (int i : here) {
                Severity s = findings.get(i).severity();
                worst = worst == null || s.compareTo(worst) > 0 ? s : worst;
            }
            b.append("<tr id=\"").append(d).append("-l").append(k).append('"');
            if (worst != null) {
                b.append(" class=\"").append(worst.label()).append('"');
            }
            b.append("><th class=\"k\"><a href=\"#").append(d).append("-l").append(k).append("\">").append(k)
                    .append("</a><span class=\"conf\" title=\"alignment confidence\">")
                    .append(String.format(Locale.ROOT, "%.2f", l.confidence())).append("</span></th><td lang=\"")
                    .append(lang(doc)).append("\">");
            for (int i : l.source()) {
                sentence(b, doc.source().get(i), sourceMarks.getOrDefault(i, List.of()));
            }
            b.append("</td><td lang=\"en\">");
            for (int j : l.target()) {
                sentence(b, doc.target().get(j), targetMarks.getOrDefault(j, List.of()));
            }
            if (!here.isEmpty()) {
                b.append("<ul class=\"notes\">");
                for (int i : here) {
                    Finding f = findings.get(i);
                    b.append("<li><a href=\"#").append(d).append("-f").append(i).append("\"><span class=\"sev ")
                            .append(f.severity().label()).append("\">").append(f.severity().label())
                            .append("</span></a> ").append(esc(f.message())).append("</li>");
                }
                b.append("</ul>");
            }
            b.append("</td></tr>\n");
            w.write(b.toString());
        }
        w.write("</tbody>\n</table>\n</section>\n");
        w.flush();
    }

    /** One sentence with its marks: the text is cut at every mark boundary, each piece escaped. */
    private static void sentence(StringBuilder b, Sentence s, List<Mark> marks) {
        String t = s.text();
        b.append("<span class=\"s\"><sup>").append(s.index()).append("</sup>");
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, t.length()));
        for (Mark m : marks) {
            cuts.add(Math.min(m.span().start(), t.length()));
            cuts.add(Math.min(m.span().end(), t.length()));
        }
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                Span piece = new Span(prev, cut);
                Mark first = null;
                Severity worst = null;
                StringBuilder title = new StringBuilder();
                for (Mark m : marks) {
                    if (m.span().contains(piece)) {
                        first = first == null ? m : first;
                        Severity sev = m.finding().severity();
                        worst = worst == null || sev.compareTo(worst) > 0 ? sev : worst;
                        title.append(title.length() > 0 ? "\n" : "").append(m.finding().checkId()).append(": ")
                                .append(m.finding().message());
                    }
                }
                String text = esc(piece.of(t));
                if (first == null) {
                    b.append(text);
                } else {
                    b.append("<mark class=\"").append(worst.label()).append("\" title=\"").append(attr(title))
                            .append("\">").append(text).append("</mark>");
                }
            }
            prev = cut;
        }
        b.append("</span> ");
    }

    private static String lang(AlignedDocument doc) {
        return doc.sourceLanguage().code();
    }

    private static String esc(String s) {
        return MarkupEscaper.content(s);
    }

    private static String attr(CharSequence s) {
        return MarkupEscaper.attribute(s);
    }
}
