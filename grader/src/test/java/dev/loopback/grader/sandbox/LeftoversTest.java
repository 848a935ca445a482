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
}
