package dev.loopback.grader.drill;

import java.util.List;

/** Whether one criterion was met, and the learner's own words that met it. */
public record CriterionResult(String id, boolean met, List<String> evidence) {

    public CriterionResult {
        evidence = List.copyOf(evidence);
    }
}
