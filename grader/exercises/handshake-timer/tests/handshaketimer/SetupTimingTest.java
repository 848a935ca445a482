package handshaketimer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FakeUpstream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** Upper bounds allow SLACK on top of the known delay: a busy 2-core machine can stall a thread that long. */
@Tag("setup-timing")
class SetupTimingTest extends GeneratedInputsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SLACK = Duration.ofMillis(400);
    private static final String IDEA = " Setup is everything before the first request can be sent: the TCP handshake"
            + " (connect) and the greeting (the extra round trip a TLS handshake adds). Start the clock before"
            + " connect() and stop it after reading the greeting line. See Lesson 05 - What a new connection costs.";

    /** Also publishes the learner's own measured times of this cold call for the web page's chart. */
    @Test
    void coldSetupIncludesTheGreeting(TestReporter reporter) throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ofMillis(60))
                .replyDelay(Duration.ofMillis(20)).reply("PONG").start()) {
            Timing cold = HandshakeTimer.coldCall(upstream.address(), "PING", TIMEOUT);
            Duration setup = cold.setup();
            assertTrue(setup.compareTo(Duration.ofMillis(60)) >= 0, "The upstream sent its greeting 60 ms after"
                    + " accepting, yet the measured setup was " + setup.toMillis() + " ms." + IDEA);
            assertTrue(setup.compareTo(Duration.ofMillis(60).plus(SLACK)) <= 0, "The greeting came after 60 ms,"
                    + " yet the measured setup was " + setup.toMillis() + " ms." + IDEA);
            reporter.publishEntry(Map.of("cold-setup-ms", millis(cold.setup()), "cold-work-ms", millis(cold.work())));
        }
    }

    static String millis(Duration duration) {
        return String.valueOf(duration.toNanos() / 1e6);
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

    /** Generated greeting and reply delays: the setup covers the greeting, whatever the reply costs. */
    @Test
    void generatedGreetingDelays() throws Exception {
        Random random = random("setup-timing/generated");
        for (int i = 0; i < 3; i++) {
            Duration greeting = Duration.ofMillis(40 + random.nextInt(61));
            Duration reply = Duration.ofMillis(10 + random.nextInt(31));
            try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", greeting)
                    .replyDelay(reply).reply("PONG").start()) {
                Duration setup = HandshakeTimer.coldCall(upstream.address(), "PING", TIMEOUT).setup();
                assertTrue(setup.compareTo(greeting) >= 0 && setup.compareTo(greeting.plus(SLACK)) <= 0, "The"
                        + " upstream sent its greeting " + greeting.toMillis() + " ms after accepting and replied "
                        + reply.toMillis() + " ms after the request, so the setup should be from "
                        + greeting.toMillis() + " to " + greeting.plus(SLACK).toMillis() + " ms, yet it was "
                        + setup.toMillis() + " ms. " + REPLAY + IDEA);
            }
        }
    }
}
