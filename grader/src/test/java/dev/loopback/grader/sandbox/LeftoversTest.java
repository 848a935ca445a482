package dev.loopback.grader.sandbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.Poll;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A process that has ended but is not reaped yet (a zombie: bwrap's inner process, killed with its sandbox, waits for
 * whoever inherits it) counts as ended, so ending a sandbox does not wait for the reaping.
 */
class LeftoversTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void aChildThatEndedButIsNotReapedIsAZombieAndALiveOneIsNot() throws Exception {
        // The shell's background child ends at once; the shell then becomes sleep, which never reaps it.
        Process parent = new ProcessBuilder("sh", "-c", "sleep 0 & exec sleep 30").start();
        try {
            Optional<ProcessHandle> child = Poll.value(PATIENCE, () -> parent.children().findFirst(), Optional::isPresent);
            assertTrue(child.isPresent(), "the shell started its child");
            long pid = child.get().pid();

            assertTrue(Poll.until(PATIENCE, () -> Leftovers.zombie(pid)), "the ended, unreaped child is a zombie");
            assertFalse(Leftovers.zombie(parent.pid()), "the sleeping parent is alive");
            assertFalse(Leftovers.zombie(ProcessHandle.current().pid()));
        } finally {
            parent.destroyForcibly().waitFor();
        }
    }

    /**
     * A process that carries the run's marker but is no descendant of the sandbox's process any more (bwrap's inner
     * process, orphaned when the sandbox is ended while bwrap is still setting up) is ended with the run: CI once
     * found one still alive 10 s after a submission that did not compile.
     */
    @Test
    void aMarkedProcessOutsideTheTreeIsEndedWithTheRun() throws Exception {
        String runId = java.util.UUID.randomUUID().toString();
        ProcessBuilder marked = new ProcessBuilder("sleep", "300");
        marked.environment().put(Leftovers.MARKER, runId);
        Process sandbox = marked.start();
        Process orphan = marked.start(); // the test's child, not the sandbox's: outside the sandbox's tree
        Process stranger = new ProcessBuilder("sleep", "300").start();
        try {
            assertFalse(sandbox.descendants().anyMatch(p -> p.pid() == orphan.pid()));
            Leftovers.kill(sandbox, runId, true); // under bwrap, ended early
            assertTrue(sandbox.waitFor(PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
            assertTrue(orphan.waitFor(PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS),
                    "the marked process outside the tree was ended too");
            assertTrue(stranger.isAlive(), "a process without the marker is left alone");
        } finally {
            sandbox.destroyForcibly();
            orphan.destroyForcibly();
            stranger.destroyForcibly().waitFor();
        }
    }
}
