package io.evalstream.scorer.report;

import java.util.List;

/** A complete run's report and its results, ordered by subject and row index. */
public record RunOutputs(RunReport report, List<OutputRow> rows) {
}
