package dev.loopback.runner.instructor;

import dev.loopback.grader.GradeOptions;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.Grader;
import dev.loopback.grader.ProgressListener;
import dev.loopback.grader.Workspace;
import dev.loopback.grader.compile.SourceDiagnostic;
import dev.loopback.grader.container.ContainerSandboxRunner;
import dev.loopback.grader.container.DockerCheck;
import dev.loopback.grader.container.SandboxImage;
import dev.loopback.grader.exercise.Limits;
import dev.loopback.grader.report.GradescopeReport;
import dev.loopback.grader.report.JsonReport;
import dev.loopback.grader.sandbox.Sandbox;
import dev.loopback.grader.sandbox.SandboxRun;
import dev.loopback.grader.sandbox.SandboxRunner;
import java.nio.file.Path;

/**
 * grade-all's grading: the course's {@link Grader}, exactly as {@code submit} runs it (without
 * recording history), with the hidden tests in the chosen sandbox; learner state in the grades folder.
 */
public final class GraderGrading implements Grading {
    private final RecordingSandbox recording;
    private final Grader grader;
    private final boolean startsAhead;

    private GraderGrading(Workspace workspace, SandboxRunner sandbox, boolean startsAhead) {
        this.recording = new RecordingSandbox(sandbox);
        this.grader = Grader.forBatch(workspace, recording);
        this.startsAhead = startsAhead;
    }

    /**
     * Opens grading whose builds and compiled hidden tests live in {@code state} (a farm worker's own folder);
     * for the container sandbox, checks Docker and the image first.
     */
    public static Grading inState(Workspace course, SandboxChoice choice, Path state) {
        Workspace workspace = course.withState(state);
        if (choice == SandboxChoice.PROCESS) {
            return new GraderGrading(workspace, Sandbox::start, true);
        }
        String image = SandboxImage.configured();
        DockerCheck.requireReady(image);
        return new GraderGrading(workspace, new ContainerSandboxRunner(image), false); // containers start when they run
    }

    /** Opens grading for a class folder; for the container sandbox, checks Docker and the image first. */
    static Grading open(Workspace course, SandboxChoice choice, Path classFolder) {
        return inState(course, choice, GradeStore.in(classFolder).root().resolve(".state"));
    }

    /** Starts the process sandbox for {@code next} now (while spares are kept warm), so its grading finds it warm. */
    @Override
    public void prepare(Submission next) {
        if (startsAhead) {
            grader.prepare(next.exercise(), next.sources());
        }
    }

    @Override
    public Graded grade(Submission submission) {
        RecordingSandbox.Record record = recording.begin();
        try {
            GradeResult result = grader.grade(submission.exercise(), submission.sources(), new GradeOptions(false, false),
                    ProgressListener.NONE);
            SandboxRun run = record.ended().orElse(null);
            return new Graded(status(result, run, record), detail(result, run, record), JsonReport.render(result),
                    GradescopeReport.render(result));
        } finally {
            recording.end();
        }
    }

    /** Timed out when the wall clock stopped the run or a test passed its per-test timeout (the others went on). */
    private static Graded.Status status(GradeResult result, SandboxRun run, RecordingSandbox.Record recording) {
        if (!result.compiled() || !result.apiProblems().isEmpty()) {
            return Graded.Status.DID_NOT_COMPILE;
        }
        if (run instanceof SandboxRun.TimedOut || recording.testTimeouts() > 0) {
            return Graded.Status.TIMED_OUT;
        }
        return run instanceof SandboxRun.Crashed || run instanceof SandboxRun.Unreadable ? Graded.Status.CRASHED
                : Graded.Status.GRADED;
    }

    private static String detail(GradeResult result, SandboxRun run, RecordingSandbox.Record recording) {
        if (!result.diagnostics().isEmpty()) {
            SourceDiagnostic first = result.diagnostics().get(0);
            String where = first.file() == null ? "" : first.file().getFileName() + ":" + first.line() + ": ";
            String what = result.compiled() ? " use(s) the grading policy refuses" : " compiler error(s)";
            return result.diagnostics().size() + what + ", first: " + where + first.message().lines().findFirst().orElse("");
        }
        if (!result.apiProblems().isEmpty()) {
            return "does not match the stub's API: " + result.apiProblems().get(0);
        }
        if (run instanceof SandboxRun.TimedOut timedOut) {
            int seconds = recording.limits().map(Limits::wallClockSeconds).orElse(timedOut.seconds());
            return "the hidden tests passed the " + seconds + " s wall clock and were stopped";
        }
        if (recording.testTimeouts() > 0) {
            int timeouts = recording.testTimeouts();
            return timeouts + (timeouts == 1 ? " test" : " tests") + " passed the per-test limit of "
                    + recording.limits().map(Limits::perTestSeconds).orElse(0) + " s (the rest of each one's criterion "
                    + "not run unless proportional; other tests went on in a fresh sandbox)";
        }
        if (run instanceof SandboxRun.Unreadable unreadable) {
            return "the results could not be verified (" + unreadable.reason() + "); scored 0";
        }
        if (run instanceof SandboxRun.Crashed crashed) {
            return "the test JVM ended early (exit status " + crashed.exitStatus() + ")"
                    + result.notes().stream().findFirst().map(note -> ": " + note).orElse("");
        }
        return "";
    }
}
