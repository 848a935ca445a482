package dev.loopback.runner.instructor;

import dev.loopback.grader.sandbox.RunInput;
import dev.loopback.grader.sandbox.SandboxRequest;
import dev.loopback.grader.sandbox.SandboxRun;
import dev.loopback.grader.sandbox.SandboxRunner;
import java.util.Optional;

/** Passes one submission's test run on to a sandbox and remembers how it ended (nothing if it never ran). */
final class RecordingSandbox implements SandboxRunner {
    private final SandboxRunner sandbox;
    private volatile SandboxRun ended;

    RecordingSandbox(SandboxRunner sandbox) {
        this.sandbox = sandbox;
    }

    Optional<SandboxRun> ended() {
        return Optional.ofNullable(ended);
    }

    @Override
    public Started start(SandboxRequest request) {
        Started started = sandbox.start(request);
        return new Started() {
            @Override
            public SandboxRun run(RunInput input) {
                ended = started.run(input);
                return ended;
            }

            @Override
            public void cancel() {
                started.cancel();
            }
        };
    }
}
