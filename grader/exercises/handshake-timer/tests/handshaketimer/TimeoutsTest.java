package handshaketimer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.FullBacklog;
import dev.loopback.fixture.Reply;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A timeout of 200 ms must fire within 200 ms + 1.5 s of slack (a busy 2-core machine can stall a thread). */
@Tag("timeouts")
class TimeoutsTest {

    private static final Duration TIMEOUT = Duration.ofMillis(200);
    private static final Duration LIMIT = TIMEOUT.plus(Duration.ofMillis(1500));
    private static final String IDEA = " Without a timeout a dead or overloaded upstream blocks the caller forever."
            + " Pass the timeout to connect(address, millis) and set it as SO_TIMEOUT (setSoTimeout) for every read."
            + " See Lesson 05 - Connection errors: symptom, cause, fix.";

    @Test
    void aGreetingThatNeverComesTimesOut() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().neverGreet().start()) {
            assertTimesOut(() -> HandshakeTimer.coldCall(upstream.address(), "PING", TIMEOUT),
                    "an upstream that accepted but never sent its greeting");
        }
    }

    @Test
    void aReplyThatNeverComesTimesOut() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ZERO)
                .reply(Reply.silence()).start()) {
            assertTimesOut(() -> HandshakeTimer.coldCall(upstream.address(), "PING", TIMEOUT),
                    "an upstream that read the request but never replied");
        }
    }

    @Test
    void aFullBacklogTimesOutTheConnect() throws Exception {
        try (FullBacklog backlog = FullBacklog.start()) {
            InetSocketAddress address = backlog.address();
            assertTimesOut(() -> HandshakeTimer.coldCall(address, "PING", TIMEOUT),
                    "a listener whose accept queue is full (the SYN is dropped, so connect() gets no answer)");
        }
    }

    @Test
    void everyWarmReadIsBounded() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ZERO)
                .replies(line -> requests.incrementAndGet() == 1 ? Reply.line("PONG") : Reply.silence()).start()) {
            assertTimesOut(() -> HandshakeTimer.warmCalls(upstream.address(), "PING", 2, TIMEOUT),
                    "a kept-alive upstream that stopped replying");
        }
    }

    @Test
    void aTimeoutMustBePositive() {
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", 1);
        assertThrows(IllegalArgumentException.class, () -> HandshakeTimer.coldCall(address, "PING", Duration.ZERO),
                "A timeout of 0 should throw IllegalArgumentException: as SO_TIMEOUT, 0 means wait forever." + IDEA);
        assertThrows(IllegalArgumentException.class,
                () -> HandshakeTimer.warmCalls(address, "PING", 1, Duration.ofMillis(-1)),
                "A negative timeout should throw IllegalArgumentException." + IDEA);
        assertThrows(NullPointerException.class, () -> HandshakeTimer.coldCall(address, "PING", null),
                "A null timeout should throw NullPointerException." + IDEA);
    }

    /**
     * SocketTimeoutException thrown, or as the cause of what was thrown: wrapping it is an errors-propagate
     * mistake, not a timeouts one.
     */
    private static void assertTimesOut(Executable call, String upstream) {
        String late = "A call with a 200 ms timeout to " + upstream + " was still waiting after "
                + LIMIT.toMillis() + " ms." + IDEA;
        String expected = "A call with a 200 ms timeout to " + upstream + " should fail with SocketTimeoutException.";
        Exception thrown = assertTimeoutPreemptively(LIMIT, () -> assertThrows(Exception.class, call, expected + IDEA),
                late);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return;
            }
        }
        fail(expected + " It failed with " + thrown.getClass().getSimpleName() + " instead, which is no timeout: "
                + thrown.getMessage() + "." + IDEA);
    }
}
