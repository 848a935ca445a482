package dev.loopback.grader.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Ends every process a sandbox run left behind: the JVM's descendants, and (on Linux) every process
 * whose environment still carries the run's marker, which finds children that detached themselves
 * from the tree. Under bwrap the PID namespace ends them all with the sandbox once it is set up; the
 * sweep also finds bwrap's own inner process when the sandbox is ended while bwrap is still setting
 * up, before --die-with-parent applies (a spare cancelled because the submission did not compile).
 */
final class Leftovers {
    /** The environment variable each sandbox JVM is started with; its value names the run. */
    static final String MARKER = "LOOPBACK_SANDBOX_RUN";
    private static final Path PROC = Path.of("/proc");
    /** How long a kill waits at most for the processes to end (all of them together). */
    private static final java.time.Duration WAIT = java.time.Duration.ofSeconds(2);
    private static final long POLL_MILLIS = 5;

    private Leftovers() {}

    /**
     * Kills {@code process}, its descendants and the processes marked with {@code runId}; then waits (briefly) for
     * them. The marked ones are swept (a /proc scan, about 10 ms) without bwrap always, and under bwrap ({@code
     * isolated}) only when the run is ended early: a run that ended by itself took its PID namespace with it, but one
     * killed while bwrap was still setting up leaves bwrap's inner process orphaned before --die-with-parent applies,
     * no descendant any more, carrying the marker (bwrap passes the environment on), waiting forever for its parent.
     */
    static void kill(Process process, String runId, boolean isolated) {
        boolean endedEarly = process.isAlive();
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        tree.addAll(process.descendants().toList());
        if (!isolated || endedEarly) {
            tree.addAll(marked(runId));
        }
        tree.forEach(ProcessHandle::destroyForcibly);
        if (endedEarly) {
            // Once more after the kill: bwrap may have forked its inner process between the sweep and the kill.
            List<ProcessHandle> late = marked(runId);
            late.forEach(ProcessHandle::destroyForcibly);
            tree.addAll(late);
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (ProcessHandle handle : tree) {
            try {
                if (handle.pid() == process.pid()) {
                    handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } else {
                    awaitEnd(handle, deadline);
                }
            } catch (ExecutionException | TimeoutException e) {
                // Gone or unkillable; the runner carries on either way.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Waits until {@code handle} has ended, or the deadline passed. It is not a child of the runner, so the JDK's own
     * onExit looks only every 300 ms and more, and counts it alive until whoever inherits it reaps it: bwrap's inner
     * process, killed with its sandbox, stayed a zombie for about 2 s here, on the critical path of every cancelled
     * sandbox (a submission that did not compile). A zombie has ended: it runs nothing and holds no memory or files.
     */
    private static void awaitEnd(ProcessHandle handle, long deadline) throws InterruptedException {
        while (handle.isAlive() && !zombie(handle.pid()) && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Whether {@code pid} has ended and waits only to be reaped (state Z in /proc; false where there is no /proc). */
    static boolean zombie(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.US_ASCII);
            int end = stat.lastIndexOf(')'); // the command name in parentheses may hold anything, even ") Z"
            return end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z';
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The live processes whose environment holds {@code MARKER=runId}. */
    static List<ProcessHandle> marked(String runId) {
        if (!Files.isDirectory(PROC)) {
            return List.of();
        }
        byte[] needle = (MARKER + "=" + runId).getBytes(StandardCharsets.UTF_8);
        long self = ProcessHandle.current().pid();
        try (Stream<Path> entries = Files.list(PROC)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).filter(pid -> pid != self)
                    .filter(pid -> environHas(pid, needle))
                    .map(ProcessHandle::of).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean environHas(long pid, byte[] needle) {
        try {
            byte[] environ = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("environ"));
            outer:
            for (int i = 0; i + needle.length <= environ.length; i++) {
                if (i > 0 && environ[i - 1] != 0) {
                    continue;
                }
                for (int j = 0; j < needle.length; j++) {
                    if (environ[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i + needle.length == environ.length || environ[i + needle.length] == 0;
            }
            return false;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
