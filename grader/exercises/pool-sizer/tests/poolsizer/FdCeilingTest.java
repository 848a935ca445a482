package poolsizer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fd-ceiling")
class FdCeilingTest extends GeneratedInputsTest {

    private static final String IDEA = " Every pooled connection is one open file descriptor: upstreams x poolMax"
            + " + other descriptors must stay within the process's limit. See Lesson 05 - The file-descriptor ceiling.";

    @Test
    void lessonExampleFits() {
        assertTrue(PoolSizer.fitsFdLimit(10, 100, 500, 65_536),
                "10 upstreams x 100 connections + 500 other descriptors = 1,500 fits in a limit of 65,536." + IDEA);
    }

    @Test
    void exactlyAtTheLimitFits() {
        assertTrue(PoolSizer.fitsFdLimit(10, 100, 500, 1_500),
                "10 x 100 + 500 = 1,500 descriptors fits in a limit of exactly 1,500 (the limit itself is allowed)."
                        + IDEA);
    }

    @Test
    void oneOverTheLimitDoesNotFit() {
        assertFalse(PoolSizer.fitsFdLimit(10, 100, 501, 1_500),
                "10 x 100 + 501 = 1,501 descriptors does not fit in a limit of 1,500: the 1,501st open fails with"
                        + " 'Too many open files'." + IDEA);
        assertFalse(PoolSizer.fitsFdLimit(1_000, 100, 0, 1_024),
                "1,000 upstreams x 100 connections = 100,000 descriptors does not fit in the default limit of 1,024."
                        + IDEA);
    }

    @Test
    void hugePoolsDoNotWrapAroundIntoFitting() {
        assertFalse(PoolSizer.fitsFdLimit(1L << 32, 1L << 32, 0, 65_536),
                "2^32 upstreams x 2^32 connections overflows a long and wraps around to 0; it must not be reported"
                        + " as fitting. Check for overflow (Math.multiplyHigh, multiplyExact or BigInteger)." + IDEA);
        assertFalse(PoolSizer.fitsFdLimit(Long.MAX_VALUE, 3, 0, Long.MAX_VALUE),
                "Long.MAX_VALUE upstreams x 3 connections overflows a long; it must not be reported as fitting."
                        + IDEA);
    }

    @Test
    void hugeOtherDescriptorsDoNotWrapAround() {
        assertFalse(PoolSizer.fitsFdLimit(1, Long.MAX_VALUE, 1, Long.MAX_VALUE),
                "1 x Long.MAX_VALUE + 1 overflows a long and wraps around to a negative number; it must not be"
                        + " reported as fitting." + IDEA);
    }

    @Test
    void generatedPoolsAgainstTheirExactCount() {
        Random random = random("fd-ceiling/generated");
        for (int i = 0; i < 20; i++) {
            long upstreams = between(random, 0, 5_000);
            long pool = between(random, 0, 5_000);
            long other = between(random, 0, 100_000);
            long needed = upstreams * pool + other;
            assertFits(true, upstreams, pool, other, needed, "exactly the descriptors they need");
            if (needed > 0) {
                assertFits(false, upstreams, pool, other, needed - 1, "one descriptor fewer than they need");
            }
            long limit = between(random, 0, 2 * needed + 1);
            assertFits(fits(upstreams, pool, other, limit), upstreams, pool, other, limit, "a limit of " + limit);
        }
    }

    @Test
    void generatedProductsBeyondALong() {
        Random random = random("fd-ceiling/overflow");
        for (int i = 0; i < 20; i++) {
            long upstreams = between(random, 1L << 32, 1L << 62);
            long pool = between(random, (Long.MAX_VALUE / upstreams) + 1, Long.MAX_VALUE);
            long other = between(random, 0, 1_000);
            long limit = between(random, 0, Long.MAX_VALUE - 1);
            assertFits(false, upstreams, pool, other, limit, "a limit of " + limit);
            long nearMax = Long.MAX_VALUE - between(random, 0, 1_000);
            assertFits(false, 1, nearMax, Long.MAX_VALUE - nearMax + between(random, 1, 1_000), Long.MAX_VALUE,
                    "a limit of Long.MAX_VALUE");
        }
    }

    private static boolean fits(long upstreams, long pool, long other, long limit) {
        return BigInteger.valueOf(upstreams).multiply(BigInteger.valueOf(pool)).add(BigInteger.valueOf(other))
                .compareTo(BigInteger.valueOf(limit)) <= 0;
    }

    private static void assertFits(boolean expected, long upstreams, long pool, long other, long limit, String what) {
        if (fits(upstreams, pool, other, limit) != expected) {
            throw new IllegalStateException("generated case " + upstreams + " x " + pool + " + " + other + " <= "
                    + limit + " is not " + expected);
        }
        BigInteger needed = BigInteger.valueOf(upstreams).multiply(BigInteger.valueOf(pool))
                .add(BigInteger.valueOf(other));
        assertEquals(expected, PoolSizer.fitsFdLimit(upstreams, pool, other, limit), upstreams + " upstreams x "
                + pool + " connections + " + other + " other descriptors = " + needed + " descriptors, against "
                + what + ": it " + (expected ? "fits" : "does not fit") + "." + REPLAY + IDEA);
    }
}
