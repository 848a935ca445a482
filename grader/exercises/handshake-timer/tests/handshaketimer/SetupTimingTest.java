package handshaketimer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FakeUpstream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Upper bounds allow SLACK on top of the known delay: a busy 2-core machine can stall a thread that long. */
@Tag("setup-timing")
class SetupTimingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SLACK = Duration.ofMillis(400);
    private static final String IDEA = " Setup is everything before the first request can be sent: the TCP handshake"
            + " (connect) and the greeting (the extra round trip a TLS handshake adds). Start the clock before"
            + " connect() and stop it after reading the greeting line. See Lesson 05 - What a new connection costs.";

    @Test
    void coldSetupIncludesTheGreeting() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ofMillis(60))
                .replyDelay(Duration.ofMillis(20)).reply("PONG").start()) {
            Duration setup = HandshakeTimer.coldCall(upstream.address(), "PING", TIMEOUT).setup();
            assertTrue(setup.compareTo(Duration.ofMillis(60)) >= 0, "The upstream sent its greeting 60 ms after"
                    + " accepting, yet the measured setup was " + setup.toMillis() + " ms." + IDEA);
            assertTrue(setup.compareTo(Duration.ofMillis(60).plus(SLACK)) <= 0, "The greeting came after 60 ms,"
                    + " yet the measured setup was " + setup.toMillis() + " ms." + IDEA);
        }
    }

    @Test
    void setupDoesNotIncludeTheWork() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ZERO)
                .replyDelay(Duration.ofMillis(500)).reply("PONG").start()) {
            Duration setup = HandshakeTimer.coldCall(upstream.address(), "PING", TIMEOUT).setup();
            assertTrue(setup.compareTo(Duration.ofMillis(500)) < 0, "The greeting came at once and only the reply"
                    + " took 500 ms, yet the measured setup was " + setup.toMillis() + " ms: stop the setup clock"
                    + " when the greeting has been read, before sending the request." + IDEA);
        }
    }

    @Test
    void theFirstWarmCallCarriesTheSetup() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ofMillis(60))
                .reply("PONG").start()) {
            List<Timing> timings = HandshakeTimer.warmCalls(upstream.address(), "PING", 3, TIMEOUT);
            Duration setup = timings.get(0).setup();
            assertTrue(setup.compareTo(Duration.ofMillis(60)) >= 0 && setup.compareTo(Duration.ofMillis(60).plus(SLACK))
                    <= 0, "Over a kept-alive connection whose greeting came after 60 ms, the first call's setup was "
                    + setup.toMillis() + " ms: the first call pays the whole setup." + IDEA);
        }
    }

    @Test
    void totalIsSetupPlusWork() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ofMillis(60))
                .replyDelay(Duration.ofMillis(20)).reply("PONG").start()) {
            Timing timing = HandshakeTimer.coldCall(upstream.address(), "PING", TIMEOUT);
            assertTrue(timing.total().compareTo(Duration.ofMillis(80)) >= 0, "A greeting after 60 ms and a reply"
                    + " after 20 ms make a cold call of at least 80 ms, yet total() was " + timing.total().toMillis()
                    + " ms." + IDEA);
        }
    }
}
