package aligncheck.report;

import aligncheck.check.Finding;
import aligncheck.check.Severity;
import aligncheck.pipeline.CheckResult;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Running totals of a combined report: documents, failed documents, findings per severity and per check. */
final class Tally {
    private int documents;
    private int failed;
    private int findings;
    private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    private final Map<String, Integer> byCheck = new TreeMap<>();

    void add(CheckResult result) {
        documents++;
        for (Finding f : result.findings()) {
            findings++;
            bySeverity.merge(f.severity(), 1, Integer::sum);
            byCheck.merge(f.checkId(), 1, Integer::sum);
        }
    }

    void addFailure() {
        documents++;
        failed++;
    }

    /** Documents added, failed ones included. */
    int documents() {
        return documents;
    }

    int failed() {
        return failed;
    }

    int findings() {
        return findings;
    }

    int count(Severity s) {
        return bySeverity.getOrDefault(s, 0);
    }

    /** Findings per check id, sorted by id. */
    Map<String, Integer> byCheck() {
        return byCheck;
    }
}
