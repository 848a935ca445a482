package dev.loopback.grader.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts the sandbox: a forked, limited JVM (the runner's own {@code java}) that loads JUnit while
 * the learner's code compiles, then runs the hidden tests when told to.
 */
public final class Sandbox {
    private static final AtomicBoolean PROBING = new AtomicBoolean();
    /** The notice given once per runner when bwrap is missing or not permitted. */
    public static final String NO_BWRAP = "Note: bubblewrap (bwrap) is not available here, so your code runs without its own "
            + "network namespace or a read-only file system. Grading still works; install bubblewrap for the full sandbox.";

    /**
     * Starts every sandbox process. bwrap's --die-with-parent fires when the *thread* that started it ends,
     * so a sandbox started from a short-lived thread (a spare prepared in the background) would die at once;
     * this one thread lives as long as the runner.
     */
    private static final ExecutorService LAUNCHER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "loopback-sandbox-launcher");
        thread.setDaemon(true);
        return thread;
    });

    private Sandbox() {}

    private static Process launch(ProcessBuilder builder) throws IOException {
        try {
            return LAUNCHER.submit(builder::start).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the sandbox", e);
        }
    }

    /** Whether the sandbox runs inside bwrap here: read-only file system, own network namespace. */
    public static boolean isolated() {
        return Bubblewrap.available();
    }

    /** Probes bwrap and prlimit once per runner on a thread of its own, so the first {@link #start} need not wait. */
    public static void probeInBackground() {
        if (!PROBING.compareAndSet(false, true)) {
            return;
        }
        Thread probe = new Thread(() -> {
            Bubblewrap.available();
            Bubblewrap.prlimit();
        }, "loopback-sandbox-probe");
        probe.setDaemon(true);
        probe.start();
    }

    /** Launches the JVM for {@code request}; it waits for {@link SandboxProcess#run} or {@link SandboxProcess#cancel}. */
    public static SandboxProcess start(SandboxRequest request) {
        try {
            Path work = Files.createDirectories(request.runDir().resolve("work"));
            Path results = request.runDir().resolve("results.jsonl");
            Files.deleteIfExists(results);
            Files.createFile(results);
            Path cache = Files.createDirectories(request.cache().resolve("sandbox"));
            List<Path> jars = SupportJars.classPath(cache);
            Path archive = cache.resolve("jars-" + SupportJars.fingerprint(jars) + ".jsa");
            boolean isolated = Bubblewrap.available();
            SharedArchive.ensure(jars, archive);
            CommandLine command = new CommandLine(request, jars, work, results, archive);
            String runId = UUID.randomUUID().toString();
            ProcessBuilder builder = new ProcessBuilder(command.build(isolated)).directory(work.toFile());
            builder.environment().put(Leftovers.MARKER, runId);
            builder.environment().put("MALLOC_ARENA_MAX", "2");
            return new SandboxProcess(launch(builder), request, results, command, runId, isolated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
