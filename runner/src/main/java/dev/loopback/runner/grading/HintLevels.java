package dev.loopback.runner.grading;

import dev.loopback.grader.GradeResult;
import dev.loopback.grader.report.UnlockedHints;
import dev.loopback.grader.rubric.CriterionResult;
import dev.loopback.runner.progress.CriterionHints;
import dev.loopback.runner.progress.Progress;
import dev.loopback.runner.progress.ProgressStore;
import java.util.HashMap;
import java.util.Map;

/**
 * Who unlocks the hint levels of rubric criteria, and where they are kept: {@code hint <exercise>} unlocks them
 * ({@link HintCommand}), and every graded submission ({@code submit}, {@code watch}) counts a failure for each criterion
 * whose tests ran and did not all pass; the third failure of a criterion unlocks its first level on its own. All of it
 * is kept per exercise and criterion in the progress file; the reports only get {@link UnlockedHints}.
 */
public final class HintLevels {
    /** Failed submissions of one criterion after which its first level unlocks without asking. */
    public static final int FAILURES_BEFORE_FIRST_LEVEL = 3;

    private HintLevels() {}

    /** Records graded submission {@code result} in {@code store}; returns the levels its report shows. */
    public static UnlockedHints afterGrading(ProgressStore store, GradeResult result) {
        boolean graded = result.compiled() && result.apiProblems().isEmpty()
                && result.criteria().stream().anyMatch(c -> c.testsTotal() > 0);
        if (!graded) {
            return unlocked(store.current(), result.exercise());
        }
        Progress updated = store.update(progress -> {
            Progress next = progress;
            for (CriterionResult c : result.criteria()) {
                if (c.testsTotal() == 0) {
                    continue;
                }
                CriterionHints hints = next.criterionHints(result.exercise(), c.id()).graded(!c.passed());
                if (!c.passed() && hints.failures() >= FAILURES_BEFORE_FIRST_LEVEL && !c.criterion().hints().isEmpty()) {
                    hints = hints.unlockedTo(1);
                }
                next = next.withCriterionHints(result.exercise(), c.id(), hints);
            }
            return next;
        });
        return unlocked(updated, result.exercise());
    }

    /** The levels unlocked so far for each criterion of {@code exercise}. */
    public static UnlockedHints unlocked(Progress progress, String exercise) {
        Map<String, Integer> levels = new HashMap<>();
        progress.criterionHints(exercise).forEach((id, hints) -> levels.put(id, hints.unlocked()));
        return UnlockedHints.of(levels);
    }
}
