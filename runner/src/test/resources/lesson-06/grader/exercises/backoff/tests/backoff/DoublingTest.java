package backoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("doubling")
class DoublingTest {
    @Test
    void theDelayDoublesFrom100Ms() {
        for (int attempt = 0; attempt <= 5; attempt++) {
            assertEquals(100L << attempt, Backoff.delayMs(attempt), "attempt " + attempt + " should wait "
                    + (100L << attempt) + " ms: 100 ms doubled per attempt. See Lesson 06 - Exponential backoff.");
        }
    }
}
