package dev.loopback.runner.watch;

import java.util.List;

/** One grading of the learner's current code, as the watch report needs it. */
record GradeReport(boolean compiled, int score, int maxScore, boolean passed, List<Criterion> criteria,
        List<String> diagnostics) {

    /**
     * One rubric criterion: what it earned, what went wrong, the lesson section to reread ("Lesson 05 - ..."), the
     * hint levels the learner has unlocked, and how to unlock the next ("" when none is left).
     */
    record Criterion(String id, String title, int points, int earned, boolean passed, String feedback, String lesson,
            List<String> hints, String nextHint) {

        Criterion {
            hints = List.copyOf(hints);
        }
    }

    /** The criteria not fully earned yet. */
    List<Criterion> failing() {
        return criteria.stream().filter(c -> !c.passed()).toList();
    }
}
