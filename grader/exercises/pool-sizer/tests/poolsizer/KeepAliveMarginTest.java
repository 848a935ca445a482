package poolsizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("keepalive-margin")
class KeepAliveMarginTest extends GeneratedInputsTest {

    private static final String IDEA = " Close idle connections a little before the upstream does, or the next request"
            + " is written into a socket the upstream already closed and fails with a reset. The margin is 5 s, but"
            + " never more than half the upstream's timeout. See Lesson 05 - Keep-alive timeouts.";

    @Test
    void lessonExampleLeavesFiveSeconds() {
        assertEquals(Duration.ofSeconds(55), PoolSizer.keepAliveIdle(Duration.ofSeconds(60)),
                "An upstream that drops idle connections after 60 s should give our side 55 s." + IDEA);
        assertEquals(Duration.ofSeconds(115), PoolSizer.keepAliveIdle(Duration.ofMinutes(2)),
                "An upstream that drops idle connections after 2 min should give our side 115 s." + IDEA);
    }

    @Test
    void shortTimeoutsKeepHalf() {
        assertEquals(Duration.ofSeconds(4), PoolSizer.keepAliveIdle(Duration.ofSeconds(8)),
                "An upstream timeout of 8 s should give 4 s: a 5 s margin would be more than half of it." + IDEA);
        assertEquals(Duration.ofMillis(1500), PoolSizer.keepAliveIdle(Duration.ofSeconds(3)),
                "An upstream timeout of 3 s should give 1.5 s, not a negative or zero idle time." + IDEA);
    }

    @Test
    void tenSecondsIsWhereBothRulesMeet() {
        assertEquals(Duration.ofSeconds(5), PoolSizer.keepAliveIdle(Duration.ofSeconds(10)),
                "An upstream timeout of 10 s should give 5 s." + IDEA);
    }

    /** Whole milliseconds; below 10 s an even number, so half the timeout is whole milliseconds too. */
    @Test
    void generatedUpstreamTimeouts() {
        Random random = random("keepalive-margin/generated");
        for (int i = 0; i < 20; i++) {
            long millis = i % 2 == 0 ? 2 * between(random, 1, 4_999) : between(random, 10_000, 86_400_000);
            Duration expected = Duration.ofMillis(millis - Math.min(5_000, millis / 2));
            assertEquals(expected, PoolSizer.keepAliveIdle(Duration.ofMillis(millis)), "An upstream that drops idle"
                    + " connections after " + millis + " ms should give our side " + expected.toMillis() + " ms: "
                    + (millis < 10_000 ? "half of it, since a 5 s margin would be more than half."
                    : "5 s less.") + REPLAY + IDEA);
        }
    }
}
