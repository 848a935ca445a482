package dev.loopback.runner.watch;

import java.util.List;

/** One grading of the learner's current code, as the watch report needs it. */
record GradeReport(boolean compiled, int score, int maxScore, boolean passed, List<Criterion> criteria,
        List<String> diagnostics) {

    /** One rubric criterion: what it checks, what it earned, and how to get the rest. */
    record Criterion(String id, String title, int points, int earned, boolean passed, String feedback, String hint) {}

    /** The criteria not fully earned yet. */
    List<Criterion> failing() {
        return criteria.stream().filter(c -> !c.passed()).toList();
    }
}
