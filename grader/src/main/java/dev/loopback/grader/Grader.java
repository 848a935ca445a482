package dev.loopback.grader;

import dev.loopback.grader.api.ApiCheck;
import dev.loopback.grader.compile.Compilation;
import dev.loopback.grader.compile.HiddenTests;
import dev.loopback.grader.exercise.Exercise;
import dev.loopback.grader.exercise.ExerciseException;
import dev.loopback.grader.exercise.Exercises;
import dev.loopback.grader.history.History;
import dev.loopback.grader.policy.PolicyCheck;
import dev.loopback.grader.policy.Refusals;
import dev.loopback.grader.policy.Violation;
import dev.loopback.grader.rubric.CriterionResult;
import dev.loopback.grader.rubric.LessonLink;
import dev.loopback.grader.rubric.Outcomes;
import dev.loopback.grader.rubric.RunEvents;
import dev.loopback.grader.rubric.Scoring;
import dev.loopback.grader.rubric.TestOutcome;
import dev.loopback.grader.sandbox.Sandbox;
import dev.loopback.grader.sandbox.SandboxClassPath;
import dev.loopback.grader.sandbox.SandboxRequest;
import dev.loopback.grader.sandbox.SandboxRun;
import dev.loopback.grader.sandbox.SandboxRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades a submission: compile the learner's sources (while the exercise loads and the sandbox
 * JVM starts), check them against the stub's API, run the hidden tests in the sandbox, score them
 * with the rubric, and record the attempt.
 */
public final class Grader {
    private static final SecureRandom SEEDS = new SecureRandom();
    private final Workspace workspace;
    private final SandboxRunner sandboxes;

    public Grader(Workspace workspace) {
        this(workspace, Sandbox::start);
    }

    /** A grader whose hidden tests run in {@code sandboxes} (the container sandbox, for instance). */
    public Grader(Workspace workspace, SandboxRunner sandboxes) {
        this.workspace = workspace;
        this.sandboxes = sandboxes;
    }

    public Exercises exercises() {
        return new Exercises(workspace.graderExercises());
    }

    public History history() {
        return new History(workspace.state().resolve("submissions"));
    }

    /** Grades the {@code .java} files under {@code learnerSources} as a submission of {@code exerciseId}. */
    public GradeResult grade(String exerciseId, Path learnerSources, GradeOptions options, ProgressListener progress) {
        if (!Files.isRegularFile(workspace.graderExercises().resolve(exerciseId).resolve("exercise.json"))) {
            throw new ExerciseException("There is no exercise " + exerciseId + " in " + workspace.graderExercises());
        }
        Instant at = Instant.now();
        long start = System.nanoTime();
        Path build = Builds.create(workspace.state().resolve("builds").resolve(exerciseId), History.stamp(at));
        progress.compiling(exerciseId);
        Sandbox.probeInBackground();
        BackgroundCompile compile = BackgroundCompile.start(learnerSources, build.resolve("classes"));
        Exercise exercise;
        try {
            exercise = exercises().load(exerciseId);
        } catch (ExerciseException e) {
            compile.await();
            throw e;
        }
        long seed = options.seed() != null ? options.seed() : SEEDS.nextLong() & Long.MAX_VALUE;
        Submission submission = new Submission(exercise, options, at, start, seed);
        GradeResult result = run(submission, compile, build, learnerSources, progress);
        return options.record() ? history().record(learnerSources, result) : result;
    }

    private GradeResult run(Submission submission, BackgroundCompile compile, Path build, Path learnerSources,
            ProgressListener progress) {
        Exercise exercise = submission.exercise();
        Path cache = workspace.state().resolve("cache");
        CriterionProgress criteria = new CriterionProgress(exercise.rubric(), progress);
        RunEvents events = criteria.events();
        SandboxRunner.Started sandbox = sandboxes.start(new SandboxRequest(build, exercise.spec().limits(), cache,
                List.of(build.resolve("classes"), cache), events, progress::notice, submission.seed()));
        try {
            Compilation compilation = compile.await();
            if (compilation instanceof Compilation.DidNotCompile failed) {
                return submission.didNotCompile(failed.errors(), workspace.home());
            }
            Path classes = ((Compilation.Compiled) compilation).classes();
            List<Path> classPath = new ArrayList<>(SandboxClassPath.junit());
            classPath.add(0, SandboxClassPath.support());
            HiddenTests.Build tests = HiddenTests.of(exercise, classPath, cache);
            List<Violation> violations = PolicyCheck.check(classes, exercise.spec().policy(),
                    PolicyCheck.classNames(tests.tests()));
            if (!violations.isEmpty()) {
                return submission.refused(Refusals.diagnostics(violations, learnerSources), workspace.home());
            }
            List<String> api = ApiCheck.problems(tests.stub(), classes);
            if (!api.isEmpty()) {
                return submission.apiChanged(api, workspace.home());
            }
            progress.running();
            SandboxRun run = sandbox.run(classes, tests.tests());
            if (run instanceof SandboxRun.Unreadable unreadable) {
                return submission.unreadable(unreadable.reason(), workspace.home());
            }
            List<TestOutcome> outcomes = Outcomes.of(events, run, exercise.spec().limits(),
                    LessonLink.of(exercise, workspace.course()));
            List<CriterionResult> scored = Scoring.score(exercise.rubric(), outcomes);
            return submission.ran(scored, outcomes, run, Outcomes.cutShort(events, run, exercise.spec().limits()),
                    workspace.home());
        } finally {
            sandbox.cancel();
        }
    }
}
