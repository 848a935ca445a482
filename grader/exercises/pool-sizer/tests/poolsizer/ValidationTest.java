package poolsizer;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@Tag("validation")
class ValidationTest extends GeneratedInputsTest {

    private static final String IDEA = " A sizing helper fed a bad number should fail loudly instead of sizing a pool"
            + " from nonsense. See Lesson 05 - Pool sizing via Little's Law.";

    private static void rejects(Class<? extends Throwable> expected, Executable call, String what) {
        assertThrows(expected, call, what + " should throw " + expected.getSimpleName() + "." + IDEA);
    }

    private static void rejectsGenerated(Executable call, String what) {
        assertThrows(IllegalArgumentException.class, call, what + " should throw IllegalArgumentException." + REPLAY
                + IDEA);
    }

    @Test
    void rejectsImpossibleRates() {
        Duration latency = Duration.ofMillis(50);
        rejects(IllegalArgumentException.class, () -> PoolSizer.inFlight(-1, latency), "inFlight with -1 req/s");
        rejects(IllegalArgumentException.class, () -> PoolSizer.inFlight(Double.NaN, latency), "inFlight with NaN req/s");
        rejects(IllegalArgumentException.class, () -> PoolSizer.inFlight(Double.POSITIVE_INFINITY, latency),
                "inFlight with an infinite rate");
        rejects(IllegalArgumentException.class, () -> PoolSizer.poolMax(-2000, latency), "poolMax with -2,000 req/s");
        rejects(IllegalArgumentException.class, () -> PoolSizer.poolMax(Double.NEGATIVE_INFINITY, latency),
                "poolMax with a rate of minus infinity");
    }

    @Test
    void rejectsNegativeLatency() {
        rejects(IllegalArgumentException.class, () -> PoolSizer.inFlight(2000, Duration.ofMillis(-50)),
                "inFlight with a latency of -50 ms");
        rejects(IllegalArgumentException.class, () -> PoolSizer.poolMax(2000, Duration.ofMillis(-50)),
                "poolMax with a latency of -50 ms");
    }

    @Test
    void rejectsNegativeCounts() {
        rejects(IllegalArgumentException.class, () -> PoolSizer.fitsFdLimit(-1, 100, 500, 65_536),
                "fitsFdLimit with -1 upstreams");
        rejects(IllegalArgumentException.class, () -> PoolSizer.fitsFdLimit(10, -100, 500, 65_536),
                "fitsFdLimit with a pool of -100 connections");
        rejects(IllegalArgumentException.class, () -> PoolSizer.fitsFdLimit(10, 100, -500, 65_536),
                "fitsFdLimit with -500 other descriptors");
        rejects(IllegalArgumentException.class, () -> PoolSizer.fitsFdLimit(10, 100, 500, -1),
                "fitsFdLimit with an fd limit of -1");
    }

    @Test
    void rejectsUpstreamTimeoutsThatAreNotPositive() {
        rejects(IllegalArgumentException.class, () -> PoolSizer.keepAliveIdle(Duration.ZERO),
                "keepAliveIdle with an upstream timeout of 0 s");
        rejects(IllegalArgumentException.class, () -> PoolSizer.keepAliveIdle(Duration.ofSeconds(-60)),
                "keepAliveIdle with an upstream timeout of -60 s");
    }

    @Test
    void rejectsNull() {
        rejects(NullPointerException.class, () -> PoolSizer.inFlight(2000, null), "inFlight with a null latency");
        rejects(NullPointerException.class, () -> PoolSizer.poolMax(2000, null), "poolMax with a null latency");
        rejects(NullPointerException.class, () -> PoolSizer.keepAliveIdle(null), "keepAliveIdle with a null timeout");
    }

    @Test
    void rejectsGeneratedBadInput() {
        Random random = random("validation/generated");
        for (int i = 0; i < 10; i++) {
            double rate = -rate(random, 1_000_000, random.nextInt(3)).value();
            Duration latency = Duration.ofMillis(between(random, 1, 5_000));
            rejectsGenerated(() -> PoolSizer.inFlight(rate, latency),
                    "inFlight with " + rate + " req/s");
            rejectsGenerated(() -> PoolSizer.poolMax(rate, latency),
                    "poolMax with " + rate + " req/s");
            Duration negative = Duration.ofMillis(-between(random, 1, 10_000));
            rejectsGenerated(() -> PoolSizer.inFlight(-rate, negative),
                    "inFlight with a latency of " + negative.toMillis() + " ms");
            long[] counts = {between(random, 0, 1_000), between(random, 0, 1_000), between(random, 0, 10_000),
                between(random, 0, 1_000_000)};
            int bad = random.nextInt(4);
            counts[bad] = -between(random, 1, Long.MAX_VALUE - 1);
            rejectsGenerated(() -> PoolSizer.fitsFdLimit(counts[0], counts[1], counts[2], counts[3]), "fitsFdLimit("
                            + counts[0] + ", " + counts[1] + ", " + counts[2] + ", " + counts[3] + ")");
            Duration timeout = Duration.ofMillis(-between(random, 1, 86_400_000));
            rejectsGenerated(() -> PoolSizer.keepAliveIdle(timeout),
                    "keepAliveIdle with an upstream timeout of " + timeout.toMillis() + " ms");
        }
    }
}
