package dev.loopback.grader.rubric;

import dev.loopback.grader.exercise.Criterion;
import dev.loopback.grader.exercise.Rubric;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Scores test outcomes with a rubric: all-or-nothing per criterion unless it is proportional. */
public final class Scoring {
    private static final int SHOWN_FAILURES = 3;

    private Scoring() {}

    /** One result per criterion, in rubric order. */
    public static List<CriterionResult> score(Rubric rubric, List<TestOutcome> outcomes) {
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion criterion : rubric.criteria()) {
            List<TestOutcome> tests = outcomes.stream().filter(o -> criterionOf(o, rubric).equals(criterion.id())).toList();
            results.add(score(criterion, tests));
        }
        return results;
    }

    /** Every criterion at zero with the same reason, for a submission whose tests could not run. */
    public static List<CriterionResult> notGraded(Rubric rubric, String reason) {
        return rubric.criteria().stream()
                .map(c -> new CriterionResult(c, 0, false, reason, 0, 0, List.of(), List.of())).toList();
    }

    /** The rubric criterion a test belongs to: its first tag that names one, or "" when none does. */
    public static String criterionOf(TestOutcome outcome, Rubric rubric) {
        return outcome.tags().stream().filter(t -> rubric.criterion(t).isPresent()).findFirst().orElse("");
    }

    static CriterionResult score(Criterion criterion, List<TestOutcome> tests) {
        if (tests.isEmpty()) {
            return new CriterionResult(criterion, 0, false,
                    "No hidden test checks this criterion: this is a course bug (run validate).", 0, 0, List.of(), List.of());
        }
        int passed = (int) tests.stream().filter(TestOutcome::passed).count();
        boolean all = passed == tests.size();
        int earned = criterion.proportional() ? criterion.points() * passed / tests.size() : all ? criterion.points() : 0;
        Set<String> failures = new LinkedHashSet<>();
        Set<String> frames = new LinkedHashSet<>();
        for (TestOutcome test : tests) {
            if (!test.passed() && failures.size() < SHOWN_FAILURES) {
                failures.add(test.message());
                frames.addAll(test.frames());
            }
        }
        String feedback = all ? criterion.checks() : failures.iterator().next();
        return new CriterionResult(criterion, earned, all, feedback, passed, tests.size(), List.copyOf(failures),
                List.copyOf(frames));
    }
}
