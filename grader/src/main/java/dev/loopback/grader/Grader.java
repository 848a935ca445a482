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
import dev.loopback.grader.sandbox.RunInput;
import dev.loopback.grader.exercise.Limits;
import dev.loopback.grader.compile.SourceCompiler;
import dev.loopback.sandbox.Agent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Grades a submission: compile the learner's sources (while the exercise loads and the sandbox
 * JVM starts), check them against the stub's API, run the hidden tests in the sandbox, score them
 * with the rubric, and record the attempt.
 */
public final class Grader {
    private static final SecureRandom SEEDS = new SecureRandom();
    private final Workspace workspace;
    private final SandboxRunner sandboxes;
    private final Ahead ahead;

    /** Which sandboxes this grader starts ahead of time, while spares are kept warm (see {@link #keepSparesWarm}). */
    private enum Ahead {
        /** None: every submission starts its own sandbox. */
        NONE,
        /** A learner's: one per exercise, prepared when it is opened and again after each grading. */
        EXERCISE,
        /** A batch's (grade-all): one per coming submission, prepared when the batch says which comes next. */
        SUBMISSION
    }

    /** A grader whose hidden tests run in the process sandbox, started ahead of time (see {@link #prepare}). */
    public Grader(Workspace workspace) {
        this(workspace, Sandbox::start, Ahead.EXERCISE);
    }

    /** A grader whose hidden tests run in {@code sandboxes} (the container sandbox, for instance), started on demand. */
    public Grader(Workspace workspace, SandboxRunner sandboxes) {
        this(workspace, sandboxes, Ahead.NONE);
    }

    private Grader(Workspace workspace, SandboxRunner sandboxes, Ahead ahead) {
        this.workspace = workspace;
        this.sandboxes = sandboxes;
        this.ahead = ahead;
    }

    /**
     * A grader for a batch of submissions (grade-all) whose hidden tests run in {@code sandboxes}: while spares are kept
     * warm, a submission takes the sandbox {@link #prepare(String, Path)} started for its sources, if any; grading
     * starts nothing itself, the batch knows which submission comes next.
     */
    public static Grader forBatch(Workspace workspace, SandboxRunner sandboxes) {
        return new Grader(workspace, sandboxes, Ahead.SUBMISSION);
    }

    /**
     * Whether process-sandbox graders in this runner start sandboxes ahead of time (the shell turns it
     * on; one-shot commands, tests and {@code grade-all} leave it off, so no JVM waits for nothing).
     */
    public static void keepSparesWarm(boolean on) {
        Spares.enable(on);
    }

    /** Whether spares are kept warm now (see {@link #keepSparesWarm}). */
    public static boolean keepingSparesWarm() {
        return Spares.enabled();
    }

    /**
     * Starts a sandbox for the next submission of {@code exerciseId} now, so it is past its warm-up
     * when the learner submits (call it when an exercise is opened, or the shell starts; {@link #grade}
     * calls it after each grading). It only ever runs one submission. Does nothing for an unknown
     * exercise, or when this grader starts its sandboxes on demand.
     */
    public void prepare(String exerciseId) {
        if (ahead == Ahead.EXERCISE) {
            prepare(exerciseId, spareKey(exerciseId, null));
        }
    }

    /**
     * Starts a sandbox now for the coming submission of {@code exerciseId} from {@code learnerSources} (a batch grader
     * only, see {@link #forBatch}); that submission's {@link #grade} takes it. Each such sandbox runs one submission only.
     */
    public void prepare(String exerciseId, Path learnerSources) {
        if (ahead == Ahead.SUBMISSION) {
            prepare(exerciseId, spareKey(exerciseId, learnerSources));
        }
    }

    private void prepare(String exerciseId, Spares.Key key) {
        if (!Spares.enabled() || !exercises().exists(exerciseId)) {
            return;
        }
        Exercise exercise = exercises().load(exerciseId);
        Path build = Builds.create(buildsOf(exerciseId), History.stamp(Instant.now()));
        SandboxRequest request = request(build, exercise);
        Optional<HiddenTests.Build> tests = Optional.empty();
        if (ahead == Ahead.EXERCISE) { // a learner's spare rehearses while it waits; a batch's comes in turn, no idle time
            tests = HiddenTests.cached(exercise, testClassPath(), workspace.state().resolve("cache"));
            request = request.rehearsing(tests.map(t -> new SandboxRequest.Rehearsal(t.tests(), t.stub())));
        }
        Spares.put(key, new Spares.Spare(build, request.limits(), sandboxes.start(request)));
        SourceCompiler.warmUpInBackground(exercise.stub(), List.of(SandboxClassPath.support()));
        if (ahead == Ahead.EXERCISE && tests.isEmpty()) {
            HiddenTests.of(exercise, testClassPath(), workspace.state().resolve("cache")); // the next spare rehearses on them
        }
    }

    /** Where this grader's spare for a submission waits: per exercise for a learner, per submission for a batch. */
    private Spares.Key spareKey(String exerciseId, Path learnerSources) {
        return new Spares.Key(workspace.state(), exerciseId,
                ahead == Ahead.SUBMISSION ? learnerSources.toAbsolutePath().normalize() : null);
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
        Spares.Spare spare = ahead != Ahead.NONE && Spares.enabled()
                ? Spares.take(spareKey(exerciseId, learnerSources)).orElse(null) : null;
        Path build = spare != null ? spare.build() : Builds.create(buildsOf(exerciseId), History.stamp(at));
        progress.compiling(exerciseId);
        Sandbox.probeInBackground();
        BackgroundCompile compile = BackgroundCompile.start(learnerSources, build.resolve("classes"));
        Exercise exercise;
        try {
            exercise = exercises().load(exerciseId);
        } catch (ExerciseException e) {
            compile.await();
            if (spare != null) {
                spare.sandbox().cancel();
            }
            throw e;
        }
        long seed = options.seed() != null ? options.seed() : SEEDS.nextLong() & Long.MAX_VALUE;
        Submission submission = new Submission(exercise, options, at, start, seed);
        SandboxRunner.Started sandbox = spare != null && spare.fits(exercise.spec().limits()) ? spare.sandbox()
                : restart(spare, build, exercise);
        GradeResult result = run(submission, compile, build, sandbox, learnerSources, progress);
        GradeResult recorded = options.record() ? history().record(learnerSources, result) : result;
        if (ahead == Ahead.EXERCISE && Spares.enabled()) {
            Thread next = new Thread(() -> {
                try {
                    prepare(exerciseId);
                } catch (RuntimeException e) {
                    // Only a head start: the next submit starts its own sandbox.
                }
            }, "loopback-sandbox-spare");
            next.setDaemon(true);
            next.start();
        }
        return recorded;
    }

    private SandboxRunner.Started restart(Spares.Spare spare, Path build, Exercise exercise) {
        if (spare != null) {
            spare.sandbox().cancel();
        }
        return sandboxes.start(request(build, exercise));
    }

    private SandboxRequest request(Path build, Exercise exercise) {
        return request(build, exercise.spec().limits());
    }

    private SandboxRequest request(Path build, Limits limits) {
        return request(build, build, limits);
    }

    /** A sandbox writing in {@code runDir} that reads the learner's classes of {@code build}. */
    private SandboxRequest request(Path runDir, Path build, Limits limits) {
        Path cache = workspace.state().resolve("cache");
        return new SandboxRequest(runDir, limits, cache, List.of(build.resolve("classes"), cache));
    }

    private Path buildsOf(String exerciseId) {
        return workspace.state().resolve("builds").resolve(exerciseId);
    }

    private GradeResult run(Submission submission, BackgroundCompile compile, Path build, SandboxRunner.Started sandbox,
            Path learnerSources, ProgressListener progress) {
        Exercise exercise = submission.exercise();
        Path cache = workspace.state().resolve("cache");
        CriterionProgress criteria = new CriterionProgress(exercise.rubric(), progress);
        RunEvents events = criteria.events();
        try {
            Compilation compilation = compile.await();
            if (compilation instanceof Compilation.DidNotCompile failed) {
                return submission.didNotCompile(failed.errors(), workspace.home());
            }
            Path classes = ((Compilation.Compiled) compilation).classes();
            HiddenTests.Build tests = HiddenTests.of(exercise, testClassPath(), cache);
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
            RunInput input = new RunInput(classes, tests.tests(), submission.seed(), Set.of(), events, progress::notice);
            int timeoutsBefore = events.testTimeouts();
            SandboxRun run = continueAfterTimeouts(runOnce(sandbox, input, build, exercise.spec().limits()),
                    timeoutsBefore, input, events, build, exercise, submission.startNanos());
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

    /**
     * Runs {@code input} in {@code sandbox}; a sandbox started ahead whose rehearsal left something behind ended
     * before it read the go line (nothing of the submission ran in it), so the submission runs in a fresh one. The
     * status alone proves nothing (learner code may exit with it to be run twice): the agent writes its first result
     * line only after the go line, so a spoiled sandbox is one that ended with the status and wrote none.
     */
    private SandboxRun runOnce(SandboxRunner.Started sandbox, RunInput input, Path build, Limits limits) {
        SandboxRun run = sandbox.run(input);
        if (!(run instanceof SandboxRun.Crashed crashed && crashed.exitStatus() == Agent.REHEARSAL_SPOILED
                && wroteNothing(run))) {
            return run;
        }
        SandboxRunner.Started fresh = sandboxes.start(request(build.resolve("fresh"), build, limits));
        try {
            return fresh.run(input);
        } finally {
            fresh.cancel();
        }
    }

    private static boolean wroteNothing(SandboxRun run) {
        try {
            return !Files.exists(run.results()) || Files.size(run.results()) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The class path the hidden tests compile against: the support classes and JUnit. */
    private static List<Path> testClassPath() {
        List<Path> classPath = new ArrayList<>(SandboxClassPath.junit());
        classPath.add(0, SandboxClassPath.support());
        return classPath;
    }

    /**
     * After a test passed its per-test timeout the agent ends its JVM (the test's thread may still be
     * burning CPU in learner code); the tests not yet finished go on in a fresh sandbox, as often as
     * needed, within what is left of the wall-clock limit. An all-or-nothing criterion with a timed-out
     * test has failed whatever its other tests do, so those are not run again (each would likely wait out
     * its own timeout); proportional criteria run on. The scores are the same as one long run's. Code
     * that spins where every test calls it times out once per criterion, so while one continuing sandbox
     * runs, the next is started ahead (at most one waits; it is cancelled when not needed).
     */
    private SandboxRun continueAfterTimeouts(SandboxRun run, int timeoutsBefore, RunInput input, RunEvents events, Path build,
            Exercise exercise, long startNanos) {
        Limits limits = exercise.spec().limits();
        SandboxRunner.Started ahead = null;
        int started = 0;
        try {
            int before = timeoutsBefore;
            while (timedOutTest(run, events, before)) {
                Set<String> skip = events.settleFailedCriteria(exercise.rubric());
                if (!events.anyUnfinished()) {
                    // Every test has its outcome: the run is over, as if the agent had reached its end.
                    return new SandboxRun.Completed(run.results(), run.output());
                }
                long left = limits.wallClockSeconds() - (System.nanoTime() - startNanos) / 1_000_000_000L;
                if (left < 1) {
                    return new SandboxRun.TimedOut(run.results(), run.output(), limits.wallClockSeconds());
                }
                SandboxRunner.Started next = ahead != null && ahead.ready() ? ahead
                        : sandboxes.start(request(build.resolve("continued-" + ++started), build, limits));
                if (next != ahead && ahead != null) {
                    ahead.cancel();
                }
                ahead = sandboxes.start(request(build.resolve("continued-" + ++started), build, limits));
                before = events.testTimeouts();
                try {
                    run = next.run(new RunInput(input.learnerClasses(), input.testClasses(), input.seed(), skip,
                            input.onEvent(), input.notices(), (int) left, events.stuckInitializers()));
                } finally {
                    next.cancel();
                }
                if (run instanceof SandboxRun.TimedOut) {
                    return new SandboxRun.TimedOut(run.results(), run.output(), limits.wallClockSeconds());
                }
            }
            return run;
        } finally {
            if (ahead != null) {
                ahead.cancel();
            }
        }
    }

    /** Whether {@code run} ended after a test passed its per-test timeout: the status, and the agent's sealed report of it. */
    private static boolean timedOutTest(SandboxRun run, RunEvents events, int timeoutsBefore) {
        return run instanceof SandboxRun.Crashed crashed && crashed.exitStatus() == Agent.TEST_TIMED_OUT
                && events.testTimeouts() > timeoutsBefore;
    }
}
