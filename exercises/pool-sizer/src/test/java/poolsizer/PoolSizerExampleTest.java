package poolsizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The lesson's worked examples. The grader's hidden tests check more than these. */
class PoolSizerExampleTest {

    @Test
    void twoThousandRequestsPerSecondAtFiftyMillisKeepOneHundredConnectionsBusy() {
        assertEquals(100, PoolSizer.inFlight(2000, Duration.ofMillis(50)));
    }

    @Test
    void threeHundredRequestsPerSecondAtSeventyMillisIsExactlyTwentyOne() {
        assertEquals(21, PoolSizer.inFlight(300, Duration.ofMillis(70)));
    }

    @Test
    void thePoolGetsTwentyFivePercentHeadroom() {
        assertEquals(125, PoolSizer.poolMax(2000, Duration.ofMillis(50)));
    }

    @Test
    void tenUpstreamsOfOneHundredPlusFiveHundredFitInSixtyFiveThousand() {
        assertTrue(PoolSizer.fitsFdLimit(10, 100, 500, 65_536));
    }

    @Test
    void sixtySecondUpstreamTimeoutGivesFiftyFiveSeconds() {
        assertEquals(Duration.ofSeconds(55), PoolSizer.keepAliveIdle(Duration.ofSeconds(60)));
    }

    @Test
    void aNegativeRateIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> PoolSizer.inFlight(-1, Duration.ofMillis(50)));
    }
}
