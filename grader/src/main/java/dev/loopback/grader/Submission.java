package dev.loopback.grader;

import dev.loopback.grader.compile.SourceDiagnostic;
import dev.loopback.grader.exercise.Exercise;
import dev.loopback.grader.rubric.CriterionResult;
import dev.loopback.grader.rubric.Scoring;
import dev.loopback.grader.rubric.TestOutcome;
import dev.loopback.grader.sandbox.SandboxRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One grading run in progress; turns each way it can end into a {@link GradeResult}. */
record Submission(Exercise exercise, GradeOptions options, Instant at, long startNanos, long seed) {
    private static final int KEPT_OUTPUT = 8 * 1024;

    GradeResult didNotCompile(List<SourceDiagnostic> errors, Path base) {
        String reason = "Not graded: your code did not compile. Fix the compiler errors above and submit again.";
        return result(false, Scoring.notGraded(exercise.rubric(), reason), List.of(), errors, List.of(), List.of(), "", base);
    }

    GradeResult refused(List<SourceDiagnostic> violations, Path base) {
        String reason = "Not graded: your code uses something graded code may not (see above), so none of it ran. "
                + "Remove those uses and submit again.";
        return result(true, Scoring.notGraded(exercise.rubric(), reason), List.of(), violations, List.of(), List.of(), "",
                base);
    }

    GradeResult unreadable(String reason, Path base) {
        String why = "Not graded: the results of this run could not be verified (" + reason + "), so none of them "
                + "count. Graded code must leave the grader's files alone; if yours does, submit again, and report "
                + "it if this repeats.";
        return result(true, Scoring.notGraded(exercise.rubric(), why), List.of(), List.of(), List.of(), List.of(why), "",
                base);
    }

    GradeResult apiChanged(List<String> problems, Path base) {
        String reason = "Not graded: the hidden tests call the stub's public methods, and some are missing or changed.";
        return result(true, Scoring.notGraded(exercise.rubric(), reason), List.of(), List.of(), problems, List.of(), "", base);
    }

    GradeResult ran(List<CriterionResult> criteria, List<TestOutcome> tests, SandboxRun run, String cutShort, Path base) {
        List<String> notes = new ArrayList<>();
        if (cutShort != null && criteria.stream().noneMatch(c -> c.failures().contains(cutShort))) {
            notes.add(cutShort);
        }
        if (run.output().droppedBytes() > 0) {
            notes.add("Your code printed " + run.output().droppedBytes() + " bytes more than the grader keeps (64 KiB per "
                    + "stream); the rest was thrown away. Printing in a hot loop slows every test down.");
        }
        String output = run.output().stdout() + run.output().stderr();
        output = output.length() > KEPT_OUTPUT ? output.substring(0, KEPT_OUTPUT) : output;
        return result(true, criteria, tests, List.of(), List.of(), notes, output, base);
    }

    private GradeResult result(boolean compiled, List<CriterionResult> criteria, List<TestOutcome> tests,
            List<SourceDiagnostic> diagnostics,
            List<String> api, List<String> notes, String output, Path base) {
        int score = criteria.stream().mapToInt(CriterionResult::earned).sum();
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        return new GradeResult(exercise.id(), exercise.spec().title(), exercise.spec().lesson(), compiled, score, exercise.rubric().maxScore(),
                exercise.rubric().passMark(), compiled && api.isEmpty() && score >= exercise.rubric().passMark(), millis,
                criteria, tests, diagnostics, api, notes, output, base, at, options.verbose(), null, seed);
    }
}
