package dev.loopback.grader.validate;

import dev.loopback.grader.GradeOptions;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.Grader;
import dev.loopback.grader.ProgressListener;
import dev.loopback.grader.Workspace;
import dev.loopback.grader.compile.DiagnosticFormat;
import dev.loopback.grader.exercise.Exercise;
import dev.loopback.grader.exercise.ExerciseException;
import dev.loopback.grader.exercise.Hints;
import dev.loopback.grader.rubric.CriterionResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks an exercise the way a course author needs: rubric well-formed and linked to the lesson,
 * every hidden test mapped to one criterion, the task page's numbered tasks in rubric order, the stub
 * scoring its baseline, and the reference solution scoring full marks run after run; an interrupted
 * thread stops it before the next grading.
 */
public final class Validator {
    private final Workspace workspace;
    private final Grader grader;
    private final Consumer<String> log;

    public Validator(Workspace workspace, Consumer<String> log) {
        this.workspace = workspace;
        this.grader = new Grader(workspace);
        this.log = log;
    }

    /** Validates {@code id}, grading its reference {@code runs} times. */
    public Validation validate(String id, int runs) {
        Exercise exercise;
        try {
            exercise = grader.exercises().load(id);
        } catch (ExerciseException e) {
            return new Validation(id, List.of(e.getMessage()));
        }
        List<String> problems = new ArrayList<>(RubricRules.wellFormed(exercise));
        problems.addAll(LessonSections.check(exercise, workspace.course()));
        if (Hints.levels(exercise.hints()).isEmpty()) {
            problems.add("hints.md: missing, or without a \"## Hint 1\" section");
        }
        problems.addAll(StubCopy.check(exercise, workspace.exercises().resolve(id).resolve("src/main/java")));
        problems.addAll(TaskPage.check(exercise, workspace.exercises().resolve(id).resolve("README.md")));
        try {
            log.accept(id + ": grading the stub");
            Optional<GradeResult> stub = grade(exercise, exercise.stub());
            if (stub.isEmpty()) {
                return new Validation(id, problems, true);
            }
            problems.addAll(describe("stub", stub.get(), exercise.spec().baseline()));
            problems.addAll(RubricRules.mapping(exercise, stub.get().tests()));
            for (int run = 1; run <= runs; run++) {
                log.accept(id + ": grading the reference solution, run " + run + " of " + runs);
                Optional<GradeResult> reference = grade(exercise, exercise.solution());
                if (reference.isEmpty()) {
                    return new Validation(id, problems, true);
                }
                List<String> failed = describe("reference solution (run " + run + ")", reference.get(),
                        exercise.rubric().maxScore());
                if (!failed.isEmpty()) {
                    problems.addAll(failed);
                    break;
                }
            }
        } catch (ExerciseException e) {
            problems.add(e.getMessage());
        }
        return new Validation(id, problems);
    }

    /** The grading of {@code sources}, or nothing once the thread is interrupted (before or during it). */
    private Optional<GradeResult> grade(Exercise exercise, Path sources) {
        if (Thread.currentThread().isInterrupted()) {
            return Optional.empty();
        }
        try {
            return Optional.of(grader.grade(exercise.id(), sources, new GradeOptions(true, false), ProgressListener.NONE));
        } catch (IllegalStateException e) {
            if (Thread.currentThread().isInterrupted()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static List<String> describe(String what, GradeResult result, int expected) {
        List<String> problems = new ArrayList<>();
        result.diagnostics().forEach(d -> problems.add(what + " does not compile: " + DiagnosticFormat.format(d, result.base())));
        result.apiProblems().forEach(p -> problems.add(what + " does not match the stub: " + p));
        if (result.compiled() && result.apiProblems().isEmpty() && result.score() != expected) {
            problems.add(what + " scored " + result.score() + ", expected " + expected);
            for (CriterionResult c : result.criteria()) {
                if (c.earned() != c.points() && expected == result.maxScore()) {
                    problems.add("  " + c.id() + ": " + c.feedback());
                }
            }
        }
        return problems;
    }
}
