package dev.loopback.runner.instructor;

import dev.loopback.grader.exercise.Limits;
import dev.loopback.grader.sandbox.RunInput;
import dev.loopback.grader.sandbox.SandboxRequest;
import dev.loopback.grader.sandbox.SandboxRun;
import dev.loopback.grader.sandbox.SandboxRunner;
import dev.loopback.sandbox.Agent;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Passes one submission's test runs on to a sandbox and remembers how the last one ended (nothing if none ran), how
 * many ended because a test passed its per-test timeout, and the limits of the first (the exercise's own).
 */
final class RecordingSandbox implements SandboxRunner {
    private final SandboxRunner sandbox;
    private final AtomicInteger testTimeouts = new AtomicInteger();
    private volatile SandboxRun ended;
    private volatile Limits limits;

    RecordingSandbox(SandboxRunner sandbox) {
        this.sandbox = sandbox;
    }

    Optional<SandboxRun> ended() {
        return Optional.ofNullable(ended);
    }

    /** How many runs ended because a test passed its per-test timeout (the grader went on in a fresh sandbox). */
    int testTimeouts() {
        return testTimeouts.get();
    }

    /** The limits the first sandbox was started with: the exercise's (a continuing sandbox gets what is left). */
    Optional<Limits> limits() {
        return Optional.ofNullable(limits);
    }

    @Override
    public Started start(SandboxRequest request) {
        if (limits == null) {
            limits = request.limits();
        }
        Started started = sandbox.start(request);
        return new Started() {
            @Override
            public SandboxRun run(RunInput input) {
                SandboxRun run = started.run(input);
                if (run instanceof SandboxRun.Crashed crashed && crashed.exitStatus() == Agent.TEST_TIMED_OUT) {
                    testTimeouts.incrementAndGet();
                }
                ended = run;
                return run;
            }

            @Override
            public void cancel() {
                started.cancel();
            }
        };
    }
}
