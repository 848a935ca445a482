package handshaketimer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.RefusedPort;
import dev.loopback.fixture.Reply;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

@Tag("keepalive-reuse")
class KeepAliveReuseTest extends GeneratedInputsTest {

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

    /** Also publishes the learner's own measured times of the first two calls for the web page's chart. */
    @Test
    void laterWarmCallsHaveNoSetup(TestReporter reporter) throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ofMillis(20))
                .reply("PONG").start()) {
            List<Timing> timings = HandshakeTimer.warmCalls(upstream.address(), "PING", 4, TIMEOUT);
            for (Timing later : timings.subList(1, timings.size())) {
                assertEquals(Duration.ZERO, later.setup(), "A warm call after the first reuses the open connection,"
                        + " so its setup should be Duration.ZERO, not " + later.setup().toMillis() + " ms." + IDEA);
            }
            if (timings.size() < 2) {
                return; // how many Timings come back is fiveWarmCallsUseOneConnection's to judge
            }
            reporter.publishEntry(Map.of(
                    "kept-alive-call-1-setup-ms", SetupTimingTest.millis(timings.get(0).setup()),
                    "kept-alive-call-1-work-ms", SetupTimingTest.millis(timings.get(0).work()),
                    "kept-alive-call-2-setup-ms", SetupTimingTest.millis(timings.get(1).setup()),
                    "kept-alive-call-2-work-ms", SetupTimingTest.millis(timings.get(1).work())));
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

    /** A generated request line and number of calls: every request goes over the one kept-alive connection. */
    @Test
    void generatedCallsShareOneConnection() throws Exception {
        Random random = random("keepalive-reuse/generated");
        String request = request(random);
        int n = 2 + random.nextInt(8);
        List<String> received = new CopyOnWriteArrayList<>();
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ofMillis(random.nextInt(30)))
                .replies(line -> {
                    received.add(line);
                    return Reply.line("PONG");
                }).start()) {
            List<Timing> timings = HandshakeTimer.warmCalls(upstream.address(), request, n, TIMEOUT);
            String calls = n + " warm calls sending " + request;
            assertEquals(n, timings.size(), calls + " should return " + n + " Timings, one per call. " + REPLAY
                    + IDEA);
            assertEquals(1, upstream.accepts(), calls + " opened " + upstream.accepts() + " connections to the"
                    + " upstream instead of 1. " + REPLAY + IDEA);
            assertEquals(Collections.nCopies(n, request), received, calls + " should deliver that request line "
                    + n + " times over the one connection; the upstream read " + received.size() + " lines. "
                    + REPLAY + IDEA);
            for (Timing later : timings.subList(1, timings.size())) {
                assertEquals(Duration.ZERO, later.setup(), calls + ": a call after the first reuses the open"
                        + " connection, so its setup should be Duration.ZERO, not " + later.setup().toMillis()
                        + " ms. " + REPLAY + IDEA);
            }
        }
    }

    @Test
    void generatedNegativeCountsAreRejected() {
        int n = -1 - random("keepalive-reuse/negative").nextInt(1_000);
        assertThrows(IllegalArgumentException.class,
                () -> HandshakeTimer.warmCalls(RefusedPort.address(), "PING", n, TIMEOUT),
                "warmCalls with n = " + n + " should throw IllegalArgumentException before connecting. " + REPLAY
                        + IDEA);
    }
}
