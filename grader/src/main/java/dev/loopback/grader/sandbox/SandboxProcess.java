package dev.loopback.grader.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A started sandbox JVM, waiting to run the tests; the runner survives whatever the learner's code
 * does in it. Results are believed only as {@link SealedLines} passes them: the key goes to the
 * agent on stdin with the go line, and the results file is opened before the learner's code can touch it.
 */
public final class SandboxProcess implements SandboxRunner.Started {
    private static final AtomicBoolean NOTICED = new AtomicBoolean();
    private final Process process;
    private final SandboxRequest request;
    private final Path results;
    private final CommandLine command;
    private final String runId;
    private final boolean isolated;
    private final BoundedCapture out;
    private final BoundedCapture err;
    private final ForwardTo forward = new ForwardTo();
    private final DoneWatcher done = new DoneWatcher(forward);
    private final SealedLines sealed = SealedLines.withNewKey(done);
    private final ResultsTail tail;

    SandboxProcess(Process process, SandboxRequest request, Path results, CommandLine command, String runId,
            boolean isolated) {
        this.process = process;
        this.request = request;
        this.results = results;
        this.command = command;
        this.runId = runId;
        this.isolated = isolated;
        this.out = BoundedCapture.start(process.getInputStream(), "loopback-sandbox-out");
        this.err = BoundedCapture.start(process.getErrorStream(), "loopback-sandbox-err");
        this.tail = ResultsTail.open(results, sealed);
    }

    /** Runs the tests of {@code input}, killing everything it started at the wall-clock limit. */
    @Override
    public SandboxRun run(RunInput input) {
        if (!isolated && NOTICED.compareAndSet(false, true)) {
            input.notices().accept(Sandbox.NO_BWRAP);
        }
        forward.to(input.onEvent());
        tail.start();
        int wallClock = input.wallClock(request.limits().wallClockSeconds());
        try {
            tell(GoLines.of(input, sealed.keyHex()));
            boolean ended = process.waitFor(wallClock, TimeUnit.SECONDS);
            Leftovers.kill(process, runId, isolated);
            int status = process.waitFor();
            tail.stop();
            CapturedOutput output = new CapturedOutput(out.text(), err.text(), out.dropped() + err.dropped());
            if (sealed.broken() != null) {
                return new SandboxRun.Unreadable(results, output, sealed.broken());
            }
            if (!ended) {
                return new SandboxRun.TimedOut(results, output, wallClock);
            }
            if (!done.sawDone() || status != 0) {
                return new SandboxRun.Crashed(results, output, status);
            }
            return new SandboxRun.Completed(results, output);
        } catch (InterruptedException e) {
            Leftovers.kill(process, runId, isolated);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the tests ran", e);
        }
    }

    @Override
    public boolean ready() {
        return process.isAlive();
    }

    /** Ends the waiting JVM at once without running anything (the submission did not compile). */
    @Override
    public void cancel() {
        // End of stdin ends the agent even where the kill below cannot reach it: killed while bwrap was still
        // setting up, bwrap's own child is orphaned before --die-with-parent applies, and would wait for the go line.
        tell("");
        if (process.isAlive()) {
            Leftovers.kill(process, runId, isolated);
        }
        try {
            tail.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tell(String line) {
        try (OutputStream in = process.getOutputStream()) {
            in.write(line.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The JVM is already gone; run() reports how it ended.
        }
    }


    /** Passes verified lines to the run's listener, which is known only when the run starts. */
    private static final class ForwardTo implements Consumer<String> {
        private volatile Consumer<String> next = line -> { };

        void to(Consumer<String> listener) {
            next = listener;
        }

        @Override
        public void accept(String line) {
            next.accept(line);
        }
    }
}
