package aligncheck.batch;

import aligncheck.pipeline.CheckResult;
import aligncheck.report.InputFailure;

/** What became of one pair of a batch: checked, or not (bad input, or a bug met on it). */
public sealed interface Outcome permits Outcome.Checked, Outcome.Failed {
    record Checked(CheckResult result) implements Outcome {
    }

    /** @param internal the pair met a bug in aligncheck, not a problem of its input */
    record Failed(InputFailure failure, boolean internal) implements Outcome {
    }
}
