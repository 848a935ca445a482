package poolsizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("exact-arithmetic")
class ExactArithmeticTest extends GeneratedInputsTest {

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

    /**
     * Compared with poolMax for the same count reached without any fraction (21 req/s x 1 s is 21 in any
     * arithmetic), so whatever headroom rule the learner wrote, only an inexact count makes the two differ.
     */
    @Test
    void headroomStartsFromTheExactCount() {
        long fromExact = PoolSizer.poolMax(21, Duration.ofSeconds(1));
        assertEquals(fromExact, PoolSizer.poolMax(300, Duration.ofMillis(70)), "300 req/s x 70 ms is exactly 21"
                + " connections in flight, the same as 21 req/s x 1 s, so both should get the same pool maximum ("
                + fromExact + " for 21 req/s x 1 s); with 22 in flight it grows by one more." + IDEA);
    }

    /** Generated rates and latencies whose product is exactly a whole number of connections. */
    @Test
    void generatedWholeProductsStayWhole() {
        Random random = random("exact-arithmetic/generated");
        for (int i = 0; i < 24; i++) {
            int scale = random.nextInt(3);
            long millis = 10 * between(random, 1, 200);
            BigInteger unitsPerConnection = pow10(scale).multiply(THOUSAND);
            // n connections need units = n x 10^(scale+3) / millis: n must be a multiple of millis / gcd
            BigInteger step = BigInteger.valueOf(millis).divide(BigInteger.valueOf(millis).gcd(unitsPerConnection));
            long n = step.longValueExact() * between(random, 1, Math.max(1, 2_000 / step.longValueExact()));
            Rate rate = new Rate(BigInteger.valueOf(n).multiply(unitsPerConnection)
                    .divide(BigInteger.valueOf(millis)).longValueExact(), scale);
            if (inFlight(rate, millis) != n || !product(rate, millis)[0].mod(product(rate, millis)[1]).equals(BigInteger.ZERO)) {
                throw new IllegalStateException("generated " + rate + " req/s x " + millis + " ms is not " + n);
            }
            Duration latency = Duration.ofMillis(millis);
            assertEquals(n, PoolSizer.inFlight(rate.value(), latency), rate + " req/s x " + millis + " ms is exactly "
                    + n + " connections, not one more." + REPLAY + IDEA);
            long fromExact = PoolSizer.poolMax(n, Duration.ofSeconds(1));
            assertEquals(fromExact, PoolSizer.poolMax(rate.value(), latency), rate + " req/s x " + millis + " ms is"
                    + " exactly " + n + " connections in flight, the same as " + n + " req/s x 1 s, so both should get"
                    + " the same pool maximum (" + fromExact + " for " + n + " req/s x 1 s)." + REPLAY + IDEA);
        }
    }
}
