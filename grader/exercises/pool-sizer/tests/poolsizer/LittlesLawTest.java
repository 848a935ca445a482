package poolsizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("littles-law")
class LittlesLawTest {

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
}
