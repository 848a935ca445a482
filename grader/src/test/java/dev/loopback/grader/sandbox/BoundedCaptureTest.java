package dev.loopback.grader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedCaptureTest {
    @Test
    void keepsTheFirstSixtyFourKibibytesAndCountsTheRest() {
        byte[] megabyte = "x".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
        BoundedCapture capture = new BoundedCapture(new ByteArrayInputStream(megabyte));

        capture.run();

        assertEquals(BoundedCapture.LIMIT, capture.text().length());
        assertEquals(1024 * 1024 - BoundedCapture.LIMIT, capture.dropped());
    }

    @Test
    void shortOutputIsKeptWhole() {
        BoundedCapture capture = new BoundedCapture(new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8)));

        capture.run();

        assertEquals("hello\n", capture.text());
        assertTrue(capture.dropped() == 0);
    }
}
