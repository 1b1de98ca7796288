package aligncheck.pipeline;

import aligncheck.align.AlignedDocument;
import aligncheck.check.Finding;
import aligncheck.check.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The findings of one checked document pair, with the aligned document they refer to. */
public record CheckResult(AlignedDocument document, List<Finding> findings) {
    public CheckResult {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Number of findings per check id, sorted by id. */
    public Map<String, Integer> countsByCheck() {
        Map<String, Integer> m = new TreeMap<>();
        for (Finding f : findings) {
            m.merge(f.checkId(), 1, Integer::sum);
        }
        return m;
    }

    /** The highest severity among the findings, or null when there are none. */
    public Severity worst() {
        return findings.stream().map(Finding::severity).max(Enum::compareTo).orElse(null);
    }
}
