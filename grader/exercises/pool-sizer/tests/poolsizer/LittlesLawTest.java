package poolsizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("littles-law")
class LittlesLawTest extends GeneratedInputsTest {

    private static final String IDEA = " Little's Law: connections in flight = arrival rate x time each request holds"
            + " a connection. See Lesson 05 - Pool sizing via Little's Law.";

    @Test
    void lessonExampleNeedsOneHundredConnections() {
        assertEquals(100, PoolSizer.inFlight(2000, Duration.ofMillis(50)),
                "2,000 req/s x 50 ms should keep 100 connections busy at once." + IDEA);
    }

    @Test
    void multipliesRateByLatency() {
        assertEquals(15, PoolSizer.inFlight(150, Duration.ofMillis(100)),
                "150 req/s x 100 ms should keep 15 connections busy at once." + IDEA);
        assertEquals(70, PoolSizer.inFlight(2000, Duration.ofMillis(35)),
                "2,000 req/s x 35 ms should keep 70 connections busy at once." + IDEA);
    }

    @Test
    void roundsAPartialConnectionUp() {
        assertEquals(4, PoolSizer.inFlight(333, Duration.ofMillis(10)),
                "333 req/s x 10 ms is 3.33 connections: a third of a connection still needs a whole one, so 4." + IDEA);
        assertEquals(1, PoolSizer.inFlight(100, Duration.ofMillis(1)),
                "100 req/s x 1 ms is 0.1 connections: any traffic at all needs 1 connection, not 0." + IDEA);
    }

    @Test
    void secondsOfLatencyCount() {
        assertEquals(3, PoolSizer.inFlight(2, Duration.ofMillis(1500)),
                "2 req/s x 1.5 s should keep 3 connections busy: the latency's whole seconds count too." + IDEA);
    }

    @Test
    void noTrafficNeedsNoConnections() {
        assertEquals(0, PoolSizer.inFlight(0, Duration.ofMillis(50)),
                "0 req/s keeps no connection busy." + IDEA);
        assertEquals(0, PoolSizer.inFlight(2000, Duration.ZERO),
                "Requests that take no time keep no connection busy." + IDEA);
    }

    /**
     * Generated rates and latencies whose exact product is at least 0.05 away from a whole number, so any
     * arithmetic (exact or double) rounds it the same way: this criterion is about the formula and rounding up.
     */
    @Test
    void generatedRatesAndLatencies() {
        Random random = random("littles-law/generated");
        for (int i = 0; i < 24; i++) {
            Rate rate;
            long millis;
            do {
                int scale = random.nextInt(3);
                boolean small = i % 3 == 0;
                millis = small ? between(random, 1, 50) : between(random, 1, 5_000);
                rate = rate(random, (small ? 20 : 100_000) * pow10(scale).longValueExact(), scale);
            } while (!clearOfWholeNumbers(rate, millis));
            long expected = inFlight(rate, millis);
            long actual = PoolSizer.inFlight(rate.value(), Duration.ofMillis(millis));
            assertEquals(expected, actual, rate + " req/s x " + millis + " ms is " + connections(rate, millis)
                    + " connections in flight, so inFlight should be " + expected + ": a part of a connection still"
                    + " needs a whole one." + REPLAY + IDEA);
        }
    }

    private static boolean clearOfWholeNumbers(Rate rate, long millis) {
        BigInteger[] p = product(rate, millis);
        BigInteger twentyTimesFraction = p[0].mod(p[1]).multiply(BigInteger.valueOf(20));
        return twentyTimesFraction.compareTo(p[1]) >= 0
                && twentyTimesFraction.compareTo(p[1].multiply(BigInteger.valueOf(19))) <= 0;
    }
}
