package backoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopback.fixture.Seeded;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("cap")
class CapTest {
    @Test
    void noDelayIsLongerThanFiveSeconds() {
        Random random = Seeded.random("cap");
        for (int i = 0; i < 20; i++) {
            int attempt = 6 + random.nextInt(1_000);
            assertEquals(5000L, Backoff.delayMs(attempt), "attempt " + attempt + " should wait the cap, 5000 ms ("
                    + Seeded.replay("backoff") + "). See Lesson 06 - Capping the delay.");
        }
    }
}
