package io.evalstream.benchmark.ceval;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A group's {@code naive_average}, or, when some of its datasets have no result, the datasets that are missing
 * (OpenCompass then writes no table row and an error in the raw section).
 */
public record GroupScore(String dataset, OptionalDouble naiveAverage, List<String> missingDatasets) {

    public GroupScore {
        missingDatasets = List.copyOf(missingDatasets);
    }

    public boolean complete() {
        return naiveAverage.isPresent();
    }
}
