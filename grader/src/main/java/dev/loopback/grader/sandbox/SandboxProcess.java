package dev.loopback.grader.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A started sandbox JVM, waiting to run the tests; the runner survives whatever the learner's code does in it. */
public final class SandboxProcess implements SandboxRunner.Started {
    private final Process process;
    private final SandboxRequest request;
    private final Path results;
    private final CommandLine command;
    private final BoundedCapture out;
    private final BoundedCapture err;

    SandboxProcess(Process process, SandboxRequest request, Path results, CommandLine command) {
        this.process = process;
        this.request = request;
        this.results = results;
        this.command = command;
        this.out = BoundedCapture.start(process.getInputStream(), "loopback-sandbox-out");
        this.err = BoundedCapture.start(process.getErrorStream(), "loopback-sandbox-err");
    }

    /** Runs the tests in {@code testClasses} against {@code learnerClasses}, killing the whole process tree at the wall-clock limit. */
    @Override
    public SandboxRun run(Path learnerClasses, Path testClasses) {
        DoneWatcher done = new DoneWatcher(request.onEvent());
        ResultsTail tail = ResultsTail.start(results, done);
        try {
            tell("go\t" + testClasses + "\t" + learnerClasses + "\n");
            boolean ended = process.waitFor(request.limits().wallClockSeconds(), TimeUnit.SECONDS);
            if (!ended) {
                kill();
            }
            int status = process.waitFor();
            tail.stop();
            CapturedOutput output = new CapturedOutput(out.text(), err.text(), out.dropped() + err.dropped());
            if (!ended) {
                return new SandboxRun.TimedOut(results, output, request.limits().wallClockSeconds());
            }
            if (!done.sawDone() || status != 0) {
                return new SandboxRun.Crashed(results, output, status);
            }
            keepArchive();
            return new SandboxRun.Completed(results, output);
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the tests ran", e);
        }
    }

    /** Ends the waiting JVM at once without running anything (the submission did not compile). */
    @Override
    public void cancel() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void tell(String line) {
        try (OutputStream in = process.getOutputStream()) {
            in.write(line.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The JVM is already gone; run() reports how it ended.
        }
    }

    /** Kills the whole process tree and waits (briefly) until it is gone. */
    private void kill() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(2, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // Gone or unkillable; the runner carries on either way.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void keepArchive() {
        try {
            if (Files.isRegularFile(command.dump()) && !Files.exists(command.archive())) {
                Files.move(command.dump(), command.archive(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
