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
 * from the tree. Under bwrap the PID namespace already ends them all with the sandbox; this is the
 * sweep for runs without it.
 */
final class Leftovers {
    /** The environment variable each sandbox JVM is started with; its value names the run. */
    static final String MARKER = "LOOPBACK_SANDBOX_RUN";
    private static final Path PROC = Path.of("/proc");

    private Leftovers() {}

    /**
     * Kills {@code process}, its descendants and, unless {@code isolated} (bwrap's PID namespace ends
     * everything in it with the sandbox), every process marked with {@code runId}; then waits (briefly) for them.
     */
    static void kill(Process process, String runId, boolean isolated) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        tree.addAll(process.descendants().toList());
        if (!isolated) {
            tree.addAll(marked(runId));
        }
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
