package dev.loopback.grader.exercise;

import java.util.List;
import java.util.Optional;

/** An exercise's {@code rubric.json}: its criteria and the score that passes. */
public record Rubric(String exercise, int passMark, List<Criterion> criteria) {

    public Rubric {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    public int maxScore() {
        return criteria.stream().mapToInt(Criterion::points).sum();
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
