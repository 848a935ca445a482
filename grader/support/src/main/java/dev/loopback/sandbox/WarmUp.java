package dev.loopback.sandbox;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestPlan;

/**
 * Tests the agent runs, unreported, while it waits for the learner's code to compile (or for the learner
 * to submit, in a sandbox started ahead), so that JUnit's discovery and execution machinery is loaded and
 * compiled before the real tests start: the same request shape, timeouts, tags and assertions as hidden tests.
 */
final class WarmUp {
    /** How many rounds at most a sandbox started ahead runs while nothing has arrived on stdin. */
    static final int MAX_ROUNDS = 12;

    @Test @Tag("warm-up") void equal() { Assertions.assertEquals(4, 2 + 2, "warm-up"); }
    @Test @Tag("warm-up") void equalLong() { Assertions.assertEquals(4L, Math.addExact(2L, 2L), () -> "warm-up"); }
    @Test @Tag("warm-up") void equalDouble() { Assertions.assertEquals(0.5, 1 / 2.0, 1e-9, "warm-up"); }
    @Test @Tag("warm-up") void truth() { Assertions.assertTrue(Duration.ofMillis(50).toNanos() > 0, "warm-up"); }
    @Test @Tag("warm-up") void falsity() { Assertions.assertFalse(List.of().iterator().hasNext(), "warm-up"); }
    @Test @Tag("warm-up") void throwing() {
        Assertions.assertThrows(IllegalArgumentException.class, () -> { throw new IllegalArgumentException("warm-up"); });
    }
    @Test @Tag("warm-up") void notNull() { Assertions.assertNotNull(String.valueOf(42), "warm-up"); }
    @Test @Tag("warm-up") void lines() { Assertions.assertLinesMatch(List.of("a"), List.of("a"), "warm-up"); }

    static void run(Launcher launcher, int perTestSeconds) {
        TestPlan plan = launcher.discover(TestSession.request(List.of(selectClass(WarmUp.class)), perTestSeconds));
        launcher.execute(plan);
    }
}
