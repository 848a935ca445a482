package poolsizer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fd-ceiling")
class FdCeilingTest {

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
}
