package poolsizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("headroom")
class HeadroomTest {

    private static final String IDEA = " The pool's maximum is inFlight x 1.25 rounded up, so a burst above the average"
            + " does not queue. See Lesson 05 - Pool sizing via Little's Law.";

    @Test
    void lessonExampleGetsAQuarterMore() {
        assertEquals(125, PoolSizer.poolMax(2000, Duration.ofMillis(50)),
                "2,000 req/s x 50 ms needs 100 connections in flight, so the pool's maximum should be 125." + IDEA);
    }

    @Test
    void roundsTheHeadroomUp() {
        assertEquals(4, PoolSizer.poolMax(60, Duration.ofMillis(50)),
                "3 connections in flight x 1.25 is 3.75: the pool's maximum should be 4, not 3." + IDEA);
        assertEquals(19, PoolSizer.poolMax(150, Duration.ofMillis(100)),
                "15 connections in flight x 1.25 is 18.75: the pool's maximum should be 19." + IDEA);
    }

    @Test
    void aPoolHasAtLeastOneConnection() {
        assertEquals(1, PoolSizer.poolMax(0, Duration.ofMillis(50)),
                "With no traffic the pool's maximum should still be 1: a pool of 0 can never serve a request." + IDEA);
    }
}
