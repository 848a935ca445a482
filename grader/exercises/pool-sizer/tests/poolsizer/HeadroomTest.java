package poolsizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Headroom is checked against the learner's own inFlight for the same input, so a mistake in inFlight (Little's
 * Law, rounding, exactness) costs those criteria and not this one.
 */
@Tag("headroom")
class HeadroomTest extends GeneratedInputsTest {

    private static final String IDEA = " The pool's maximum is inFlight x 1.25 rounded up, so a burst above the average"
            + " does not queue. See Lesson 05 - Pool sizing via Little's Law.";

    @Test
    void lessonExampleGetsAQuarterMore() {
        assertHeadroom(2000, Duration.ofMillis(50), "");
    }

    @Test
    void roundsTheHeadroomUp() {
        assertHeadroom(60, Duration.ofMillis(50), " 3 x 1.25 is 3.75, which rounds up to 4, not down to 3.");
        assertHeadroom(150, Duration.ofMillis(100), " 15 x 1.25 is 18.75, which rounds up to 19.");
    }

    @Test
    void aPoolHasAtLeastOneConnection() {
        assertHeadroom(0, Duration.ofMillis(50), " With no traffic the pool's maximum should still be 1: a pool of 0"
                + " can never serve a request.");
    }

    @Test
    void generatedRatesAndLatencies() {
        Random random = random("headroom/generated");
        for (int i = 0; i < 24; i++) {
            int scale = random.nextInt(3);
            Rate rate = i % 6 == 0 ? new Rate(0, scale) : rate(random, 50_000 * pow10(scale).longValueExact(), scale);
            assertHeadroom(rate.value(), Duration.ofMillis(between(random, 1, 2_000)), REPLAY);
        }
    }

    private static void assertHeadroom(double rate, Duration latency, String more) {
        long inFlight = PoolSizer.inFlight(rate, latency);
        BigInteger expected = withHeadroom(inFlight);
        long actual = PoolSizer.poolMax(rate, latency);
        String input = (rate == Math.rint(rate) ? String.format("%,d", (long) rate) : Double.toString(rate))
                + " req/s x " + latency(latency);
        assertEquals(expected, BigInteger.valueOf(actual), input + " gives " + inFlight + " connections in flight"
                + " (your inFlight), so poolMax should be " + (expected.equals(BigInteger.ONE) && inFlight <= 0
                ? "1 (at least one connection)" : "ceil(" + inFlight + " x 1.25) = " + expected) + "." + more + IDEA);
    }
}
