package handshaketimer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FakeUpstream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Upper bounds allow SLACK on top of the known delay: a busy 2-core machine can stall a thread that long. */
@Tag("work-timing")
class WorkTimingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SLACK = Duration.ofMillis(400);
    private static final String IDEA = " Work is one request/reply round trip: start the clock just before writing"
            + " the request and stop it after reading its reply line. See Lesson 05 - Reuse: 1,000 calls with and"
            + " without pooling.";

    @Test
    void coldWorkIsTheRequestRoundTrip() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ZERO)
                .replyDelay(Duration.ofMillis(40)).reply("PONG").start()) {
            Duration work = HandshakeTimer.coldCall(upstream.address(), "PING", TIMEOUT).work();
            assertTrue(work.compareTo(Duration.ofMillis(40)) >= 0, "The upstream answered 40 ms after reading the"
                    + " request, yet the measured work was " + work.toMillis() + " ms: wait for the reply line"
                    + " before stopping the clock." + IDEA);
            assertTrue(work.compareTo(Duration.ofMillis(40).plus(SLACK)) <= 0, "The upstream answered after 40 ms,"
                    + " yet the measured work was " + work.toMillis() + " ms." + IDEA);
        }
    }

    @Test
    void workDoesNotIncludeTheSetup() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ofMillis(500))
                .reply("PONG").start()) {
            Duration work = HandshakeTimer.coldCall(upstream.address(), "PING", TIMEOUT).work();
            assertTrue(work.compareTo(Duration.ofMillis(500)) < 0, "Only the greeting took 500 ms and the reply came"
                    + " at once, yet the measured work was " + work.toMillis() + " ms: the connect and the greeting"
                    + " belong to setup, not work." + IDEA);
        }
    }

    @Test
    void everyWarmCallMeasuresItsOwnRoundTrip() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ZERO)
                .replyDelay(Duration.ofMillis(20)).reply("PONG").start()) {
            List<Timing> timings = HandshakeTimer.warmCalls(upstream.address(), "PING", 3, TIMEOUT);
            for (Timing timing : timings) {
                Duration work = timing.work();
                assertTrue(work.compareTo(Duration.ofMillis(20)) >= 0
                        && work.compareTo(Duration.ofMillis(20).plus(SLACK)) <= 0, "Each of 3 warm calls waited"
                        + " 20 ms for its reply, yet one call's work was " + work.toMillis() + " ms." + IDEA);
            }
        }
    }
}
