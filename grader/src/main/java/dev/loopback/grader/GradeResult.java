package dev.loopback.grader;

import dev.loopback.grader.compile.SourceDiagnostic;
import dev.loopback.grader.rubric.CriterionResult;
import dev.loopback.grader.rubric.TestOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of one submission: whether it compiled, the score per criterion and in total, the
 * hidden tests' outcomes, the compiler diagnostics (or the grading policy's refusals), API problems and notes about the
 * run, where it was recorded, and the seed the hidden tests generated their inputs from ({@code submit --seed} replays it).
 */
public record GradeResult(String exercise, String title, String lesson, boolean compiled, int score, int maxScore, int passMark,
        boolean passed, long durationMs, List<CriterionResult> criteria, List<TestOutcome> tests, List<SourceDiagnostic> diagnostics,
        List<String> apiProblems, List<String> notes, String output, Path base, Instant submittedAt, boolean verbose,
        Path submission, long seed) {

    /** The same result, recorded at {@code dir}. */
    public GradeResult recordedAt(Path dir) {
        return new GradeResult(exercise, title, lesson, compiled, score, maxScore, passMark, passed, durationMs, criteria, tests,
                diagnostics, apiProblems, notes, output, base, submittedAt, verbose, dir, seed);
    }
}
