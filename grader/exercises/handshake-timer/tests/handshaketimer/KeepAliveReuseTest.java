package handshaketimer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.RefusedPort;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("keepalive-reuse")
class KeepAliveReuseTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String IDEA = " Warm calls keep one connection alive and send every request over it, so"
            + " only the first call pays for the handshake. See Lesson 05 - Reuse: 1,000 calls with and without"
            + " pooling.";

    @Test
    void fiveWarmCallsUseOneConnection() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ZERO).reply("PONG").start()) {
            List<Timing> timings = HandshakeTimer.warmCalls(upstream.address(), "PING", 5, TIMEOUT);
            assertEquals(5, timings.size(), "5 warm calls should return 5 Timings, one per call." + IDEA);
            assertEquals(1, upstream.accepts(), "5 warm calls opened " + upstream.accepts() + " connections to"
                    + " the upstream instead of 1." + IDEA);
        }
    }

    @Test
    void laterWarmCallsHaveNoSetup() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ofMillis(20))
                .reply("PONG").start()) {
            List<Timing> timings = HandshakeTimer.warmCalls(upstream.address(), "PING", 4, TIMEOUT);
            for (Timing later : timings.subList(1, timings.size())) {
                assertEquals(Duration.ZERO, later.setup(), "A warm call after the first reuses the open connection,"
                        + " so its setup should be Duration.ZERO, not " + later.setup().toMillis() + " ms." + IDEA);
            }
        }
    }

    @Test
    void oneWarmCallIsLikeAColdCall() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ZERO).reply("PONG").start()) {
            List<Timing> timings = HandshakeTimer.warmCalls(upstream.address(), "PING", 1, TIMEOUT);
            assertEquals(1, timings.size(), "1 warm call should return 1 Timing." + IDEA);
            assertEquals(1, upstream.accepts(), "1 warm call should open exactly 1 connection." + IDEA);
        }
    }

    @Test
    void zeroCallsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> HandshakeTimer.warmCalls(RefusedPort.address(), "PING", 0, TIMEOUT),
                "warmCalls with n = 0 should throw IllegalArgumentException before connecting: there is no call"
                        + " to time." + IDEA);
    }
}
