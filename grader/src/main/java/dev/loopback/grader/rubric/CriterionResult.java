package dev.loopback.grader.rubric;

import dev.loopback.grader.exercise.Criterion;
import java.util.List;

/**
 * How the submission did on one rubric criterion: points earned, the learner-facing feedback,
 * the failure messages of its tests and the learner's own stack frames behind them.
 */
public record CriterionResult(Criterion criterion, int earned, boolean passed, String feedback, int testsPassed,
        int testsTotal, List<String> failures, List<String> frames) {

    public String id() {
        return criterion.id();
    }

    public int points() {
        return criterion.points();
    }
}
