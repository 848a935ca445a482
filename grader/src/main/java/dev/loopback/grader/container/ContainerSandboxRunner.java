package dev.loopback.grader.container;

import dev.loopback.grader.exercise.Limits;
import dev.loopback.grader.sandbox.CapturedOutput;
import dev.loopback.grader.sandbox.DoneWatcher;
import dev.loopback.grader.sandbox.GoLines;
import dev.loopback.grader.sandbox.RunInput;
import dev.loopback.grader.sandbox.SandboxClassPath;
import dev.loopback.grader.sandbox.SandboxRequest;
import dev.loopback.grader.sandbox.SandboxRun;
import dev.loopback.grader.sandbox.SandboxRunner;
import dev.loopback.grader.sandbox.SealedLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs hidden tests in a fresh sandbox container per submission and reports them exactly as the
 * process sandbox does: the same agent, the same sealed results (checked by {@link SealedLines}), each line to the listener.
 */
public final class ContainerSandboxRunner implements SandboxRunner {
    private static final int KILLED = 128 + 9;
    private final String image;

    public ContainerSandboxRunner(String image) {
        this.image = image;
    }

    @Override
    public Started start(SandboxRequest request) {
        return new Started() {
            @Override
            public SandboxRun run(RunInput input) {
                return ContainerSandboxRunner.this.run(request, input);
            }

            @Override
            public void cancel() {
                // Nothing was started yet: the container starts when the tests run.
            }
        };
    }

    private SandboxRun run(SandboxRequest request, RunInput input) {
        Limits limits = request.limits();
        int wallClock = input.wallClock(limits.wallClockSeconds());
        List<Path> classPath = new ArrayList<>(SandboxClassPath.junit());
        classPath.add(SandboxClassPath.support());
        DoneWatcher done = new DoneWatcher(input.onEvent());
        SealedLines sealed = SealedLines.withNewKey(done);
        String go = GoLines.of(ContainerTestRun.TESTS, ContainerTestRun.LEARNER, sealed.keyHex(), input);
        ContainerTestRun.Outcome outcome = ContainerTestRun.run(image, new ContainerTestRun.Request(input.learnerClasses(),
                input.testClasses(), classPath, limits.heapMb(), limits.perTestSeconds(), limits.threads(),
                limits.openFiles(), wallClock), go);
        Path results = save(request.runDir().resolve("results.jsonl"), outcome.results());
        sealed.acceptAll(outcome.results());
        ContainerRun run = outcome.run();
        CapturedOutput output = new CapturedOutput(run.stdout(), run.stderr(), 0);
        if (sealed.broken() != null) {
            return new SandboxRun.Unreadable(results, output, sealed.broken());
        }
        if (run.ending() instanceof ContainerRun.TimedOut) {
            return new SandboxRun.TimedOut(results, output, wallClock);
        }
        if (run.ending() instanceof ContainerRun.OutOfMemory oom) {
            input.notices().accept("Your code used more than the container's " + oom.limitMb() + " MB of memory, "
                    + "so the kernel killed it. Hold less at once: stream data instead of collecting it.");
            return new SandboxRun.Crashed(results, output, KILLED);
        }
        int code = ((ContainerRun.Exited) run.ending()).code();
        return done.sawDone() && code == 0 ? new SandboxRun.Completed(results, output) : new SandboxRun.Crashed(results, output, code);
    }

    private static Path save(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
