package io.evalstream.benchmark.ceval;

import java.util.List;

/** A summary group: its dataset name (e.g. {@code ceval-stem}) and its subjects in the order the group lists them. */
public record CevalGroup(String dataset, List<String> subjects) {

    public CevalGroup {
        subjects = List.copyOf(subjects);
    }
}
