package dev.loopback.grader.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs hidden tests in a forked, limited JVM (the runner's own {@code java}) and reports how it
 * ended; the runner survives whatever the learner's code does in there.
 */
public final class Sandbox {
    private static final AtomicBoolean NOTICED = new AtomicBoolean();
    static final String NO_BWRAP = "Note: bubblewrap (bwrap) is not available here, so your code runs without its own "
            + "network namespace or a read-only file system. Grading still works; install bubblewrap for the full sandbox.";

    private Sandbox() {}

    /** Runs the tests of {@code request} and waits for the JVM, killing its whole process tree at the wall-clock limit. */
    public static SandboxRun run(SandboxRequest request) {
        try {
            return launch(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the tests ran", e);
        }
    }

    private static SandboxRun launch(SandboxRequest request) throws IOException, InterruptedException {
        Path work = Files.createDirectories(request.runDir().resolve("work"));
        Path results = request.runDir().resolve("results.jsonl");
        Files.deleteIfExists(results);
        Files.createFile(results);
        Path cache = Files.createDirectories(request.cache().resolve("sandbox"));
        List<Path> jars = SupportJars.classPath(cache);
        Path archive = cache.resolve("jars-" + SupportJars.fingerprint(jars) + ".jsa");
        Path dump = work.resolve("classes.jsa");
        boolean isolated = Bubblewrap.available();
        if (!isolated && NOTICED.compareAndSet(false, true)) {
            request.notices().accept(NO_BWRAP);
        }
        List<String> command = new CommandLine(request, jars, work, results, archive, dump).build(isolated);
        Process process = new ProcessBuilder(command).directory(work.toFile()).start();
        process.getOutputStream().close();
        BoundedCapture out = BoundedCapture.start(process.getInputStream(), "loopback-sandbox-out");
        BoundedCapture err = BoundedCapture.start(process.getErrorStream(), "loopback-sandbox-err");
        DoneWatcher done = new DoneWatcher(request.onEvent());
        ResultsTail tail = ResultsTail.start(results, done);
        boolean ended = process.waitFor(request.limits().wallClockSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
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
        keepArchive(dump, archive);
        return new SandboxRun.Completed(results, output);
    }

    private static void keepArchive(Path dump, Path archive) throws IOException {
        if (Files.isRegularFile(dump) && !Files.exists(archive)) {
            Files.move(dump, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
