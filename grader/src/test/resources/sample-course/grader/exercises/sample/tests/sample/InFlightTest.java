package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("in-flight")
class InFlightTest {
    @Test
    void wholeNumbers() {
        assertEquals(100, Sizing.inFlight(2000, 50), "2,000 requests/s at 50 ms each keep 100 requests in flight");
    }

    @Test
    void roundsUp() {
        assertEquals(2, Sizing.inFlight(30, 50), "30 requests/s at 50 ms is 1.5 in flight: round up to 2 connections");
    }
}
