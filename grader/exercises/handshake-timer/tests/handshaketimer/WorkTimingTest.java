package handshaketimer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FakeUpstream;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Upper bounds allow SLACK on top of the known delay: a busy 2-core machine can stall a thread that long. */
@Tag("work-timing")
class WorkTimingTest extends GeneratedInputsTest {

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

    /**
     * total() adds the work to the setup; checked here, not under setup timing, because a work clock stopped
     * too early is what makes a total come out short.
     */
    @Test
    void totalIsSetupPlusWork() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ofMillis(60))
                .replyDelay(Duration.ofMillis(20)).reply("PONG").start()) {
            Timing timing = HandshakeTimer.coldCall(upstream.address(), "PING", TIMEOUT);
            assertEquals(timing.setup().plus(timing.work()), timing.total(), "total() should be setup plus work.");
            assertTrue(timing.work().compareTo(Duration.ofMillis(20)) >= 0, "A reply after 20 ms makes a cold call's"
                    + " work at least 20 ms, yet it was " + timing.work().toMillis() + " ms (total() "
                    + timing.total().toMillis() + " ms): stop the work clock after reading the reply line." + IDEA);
        }
    }

    /** A generated request line, number of warm calls and reply delay. */
    @Test
    void generatedWarmCallsMeasureTheirOwnRoundTrips() throws Exception {
        Random random = random("work-timing/generated");
        String request = request(random);
        int n = 2 + random.nextInt(4);
        Duration reply = Duration.ofMillis(10 + random.nextInt(31));
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ofMillis(random.nextInt(30)))
                .replyDelay(reply).reply("PONG").start()) {
            List<Timing> timings = HandshakeTimer.warmCalls(upstream.address(), request, n, TIMEOUT);
            for (Timing timing : timings) {
                Duration work = timing.work();
                assertTrue(work.compareTo(reply) >= 0 && work.compareTo(reply.plus(SLACK)) <= 0, "Each of " + n
                        + " warm calls sending " + request + " waited " + reply.toMillis() + " ms for its reply, so"
                        + " its work should be from " + reply.toMillis() + " to " + reply.plus(SLACK).toMillis()
                        + " ms, yet one call's work was " + work.toMillis() + " ms. " + REPLAY + IDEA);
            }
        }
    }
}
