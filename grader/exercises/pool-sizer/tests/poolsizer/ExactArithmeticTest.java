package poolsizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exact-arithmetic")
class ExactArithmeticTest {

    private static final String IDEA = " With double arithmetic 0.07 is not exactly 0.07, so the product lands a hair"
            + " above a whole number and rounding up adds a connection nobody needs. Use exact decimal arithmetic"
            + " (BigDecimal, or whole milliseconds in a long). See Lesson 05 - Pool sizing via Little's Law.";

    @Test
    void threeHundredTimesSeventyMillisIsExactlyTwentyOne() {
        assertEquals(21, PoolSizer.inFlight(300, Duration.ofMillis(70)),
                "300 req/s x 70 ms is exactly 21 connections, not 22." + IDEA);
    }

    @Test
    void nineHundredTimesSeventyMillisIsExactlySixtyThree() {
        assertEquals(63, PoolSizer.inFlight(900, Duration.ofMillis(70)),
                "900 req/s x 70 ms is exactly 63 connections, not 64." + IDEA);
    }

    @Test
    void oneHundredFortyTimesOneHundredFiftyMillisIsExactlyTwentyOne() {
        assertEquals(21, PoolSizer.inFlight(140, Duration.ofMillis(150)),
                "140 req/s x 150 ms is exactly 21 connections, not 22." + IDEA);
    }

    @Test
    void aFractionalRateIsReadAsItsDecimalValue() {
        assertEquals(55, PoolSizer.inFlight(1.1, Duration.ofSeconds(50)),
                "1.1 req/s x 50 s is exactly 55 connections, not 56." + IDEA);
    }

    @Test
    void headroomStartsFromTheExactCount() {
        assertEquals(27, PoolSizer.poolMax(300, Duration.ofMillis(70)),
                "300 req/s x 70 ms is exactly 21 in flight, so the pool's maximum is ceil(21 x 1.25) = 27, not 28."
                        + IDEA);
    }
}
