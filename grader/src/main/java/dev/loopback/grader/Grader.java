package dev.loopback.grader;

import dev.loopback.grader.api.ApiCheck;
import dev.loopback.grader.compile.Compilation;
import dev.loopback.grader.compile.HiddenTests;
import dev.loopback.grader.compile.SourceCompiler;
import dev.loopback.grader.exercise.Exercise;
import dev.loopback.grader.exercise.Exercises;
import dev.loopback.grader.history.History;
import dev.loopback.grader.rubric.CriterionResult;
import dev.loopback.grader.rubric.Outcomes;
import dev.loopback.grader.rubric.RunEvents;
import dev.loopback.grader.rubric.Scoring;
import dev.loopback.grader.rubric.TestOutcome;
import dev.loopback.grader.sandbox.Sandbox;
import dev.loopback.grader.sandbox.SandboxClassPath;
import dev.loopback.grader.sandbox.SandboxRequest;
import dev.loopback.grader.sandbox.SandboxRun;
import dev.loopback.grader.sandbox.SandboxRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades a submission: compile the learner's sources, check them against the stub's API, run the
 * hidden tests in the sandbox, score them with the rubric, and record the attempt.
 */
public final class Grader {
    private final Workspace workspace;
    private final SandboxRunner sandbox;

    public Grader(Workspace workspace) {
        this(workspace, Sandbox::run);
    }

    /** A grader whose hidden tests run in {@code sandbox} (the container sandbox, for instance). */
    public Grader(Workspace workspace, SandboxRunner sandbox) {
        this.workspace = workspace;
        this.sandbox = sandbox;
    }

    public Exercises exercises() {
        return new Exercises(workspace.graderExercises());
    }

    public History history() {
        return new History(workspace.state().resolve("submissions"));
    }

    /** Grades the {@code .java} files under {@code learnerSources} as a submission of {@code exerciseId}. */
    public GradeResult grade(String exerciseId, Path learnerSources, GradeOptions options, ProgressListener progress) {
        Submission submission = new Submission(exercises().load(exerciseId), options, Instant.now(), System.nanoTime());
        GradeResult result = run(submission, learnerSources, progress);
        return options.record() ? history().record(learnerSources, result) : result;
    }

    private Path buildDir(String exercise, Instant at) {
        try {
            Path parent = Files.createDirectories(workspace.state().resolve("builds").resolve(exercise));
            return Files.createTempDirectory(parent, History.stamp(at) + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private GradeResult run(Submission submission, Path sources, ProgressListener progress) {
        Exercise exercise = submission.exercise();
        Path build = buildDir(exercise.id(), submission.at());
        progress.compiling(exercise.id());
        List<Path> classPath = new ArrayList<>(SandboxClassPath.junit());
        classPath.add(0, SandboxClassPath.support());
        Compilation compilation = SourceCompiler.compile(sources, classPath.subList(0, 1), build.resolve("classes"));
        if (compilation instanceof Compilation.DidNotCompile failed) {
            return submission.didNotCompile(failed.errors(), workspace.home());
        }
        Path classes = ((Compilation.Compiled) compilation).classes();
        HiddenTests.Build tests = HiddenTests.of(exercise, classPath, workspace.state().resolve("cache"));
        List<String> api = ApiCheck.problems(tests.stub(), classes);
        if (!api.isEmpty()) {
            return submission.apiChanged(api, workspace.home());
        }
        progress.running();
        CriterionProgress criteria = new CriterionProgress(exercise.rubric(), progress);
        RunEvents events = criteria.events();
        SandboxRun run = sandbox.run(new SandboxRequest(classes, tests.tests(), build, exercise.spec().limits(),
                workspace.state().resolve("cache"), events, progress::notice));
        List<TestOutcome> outcomes = Outcomes.of(events, run, exercise.spec().limits());
        List<CriterionResult> scored = Scoring.score(exercise.rubric(), outcomes);
        return submission.ran(scored, outcomes, run, Outcomes.cutShort(events, run, exercise.spec().limits()), workspace.home());
    }
}
