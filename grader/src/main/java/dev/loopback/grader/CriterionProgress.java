package dev.loopback.grader;

import dev.loopback.grader.exercise.Criterion;
import dev.loopback.grader.exercise.Rubric;
import dev.loopback.grader.rubric.RunEvents;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Tells the progress listener about each criterion as soon as its last test finishes. */
final class CriterionProgress implements Consumer<RunEvents.Planned> {
    private final Rubric rubric;
    private final ProgressListener listener;
    private final Map<String, int[]> counts = new HashMap<>();
    private RunEvents events;

    CriterionProgress(Rubric rubric, ProgressListener listener) {
        this.rubric = rubric;
        this.listener = listener;
    }

    RunEvents events() {
        events = new RunEvents(this);
        return events;
    }

    @Override
    public void accept(RunEvents.Planned test) {
        for (String tag : test.tags()) {
            rubric.criterion(tag).ifPresent(criterion -> count(criterion, test.passed()));
        }
    }

    private void count(Criterion criterion, boolean passed) {
        int[] count = counts.computeIfAbsent(criterion.id(), id -> new int[2]);
        count[0]++;
        count[1] += passed ? 1 : 0;
        long total = events.plannedWith(criterion.id());
        if (count[0] == total) {
            listener.criterionFinished(criterion, count[1], (int) total);
        }
    }
}
