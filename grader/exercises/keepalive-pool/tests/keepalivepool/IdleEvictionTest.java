package keepalivepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.Poll;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The pool must close a connection once it has been idle for idleTimeout, within 1 s, with no further call; and
 * not before: idle time counts from when the connection was last given back, not from when it was opened.
 * Lower bounds are exact (less 20 ms for clocks of millisecond resolution); the upper bound is idleTimeout + 1 s
 * + 1.5 s of slack for a busy machine.
 */
@Tag("idle-eviction")
class IdleEvictionTest extends PoolTest {

    private static final Duration SLACK = Duration.ofMillis(1_500);
    private static final Duration CLOCK = Duration.ofMillis(20);
    private static final String IDEA = " An idle pooled connection must be closed by our side before the upstream's"
            + " own idle timeout closes it (55 s against an upstream that closes after 60 s), and it must happen"
            + " even when no further call comes: a timer or background task that closes idle connections, not"
            + " only a check when the next call borrows one. See Lesson 05 - Keep-alive timeouts.";

    @Test
    void anIdleConnectionIsClosedWithoutAnotherCall() throws Exception {
        evictsAfter(Duration.ofMillis(300), "");
    }

    @Test
    void generatedIdleTimeoutsCloseTheConnection() throws Exception {
        Random random = random("idle-eviction/generated");
        evictsAfter(Duration.ofMillis(150 + random.nextInt(450)), REPLAY + " ");
    }

    private void evictsAfter(Duration idleTimeout, String replay) throws Exception {
        long idleMillis = idleTimeout.toMillis();
        try (FakeUpstream upstream = FakeUpstream.script().start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), 2, idleTimeout, CONNECT)) {
            long start = System.nanoTime();
            assertEquals("GET /status", pool.call("GET /status"), "An upstream that echoes each line answered"
                    + " \"GET /status\"; call() returned something else. " + replay + IDEA);
            Duration deadline = idleTimeout.plusSeconds(1).plus(SLACK);
            int open = pollOpen(pool, 0, deadline);
            long waited = (System.nanoTime() - start) / 1_000_000;
            String what = "With an idleTimeout of " + idleMillis + " ms and no further call, ";
            assertEquals(0, open, what + "openConnections() still reported " + open + " after " + waited
                    + " ms: the idle connection was never closed. " + replay + IDEA);
            assertTrue(waited >= idleMillis - CLOCK.toMillis(), what + "the pool closed the connection " + waited
                    + " ms after the call began, before it had been idle for " + idleMillis + " ms. " + replay
                    + IDEA);
            boolean seen = Poll.until(WAIT, () -> upstream.clientHangUps() == 1);
            assertTrue(seen, what + "openConnections() dropped to 0 but the upstream never saw the connection"
                    + " closed: forgetting a socket is not closing it, and it keeps its descriptor. " + replay
                    + IDEA);
            assertEquals("GET /next", pool.call("GET /next"), "A call after the idle connection was closed should"
                    + " open a new one and return its reply. " + replay + IDEA);
            assertEquals(2, upstream.accepts(), what + "a call after the idle connection was closed made the"
                    + " upstream accept " + upstream.accepts() + " connections in all, expected 2 (the first, then"
                    + " a new one). " + replay + IDEA);
        }
    }

    /**
     * Five calls of 250 ms each (the upstream's reply delay) keep one connection busy for more than a second with
     * an idleTimeout of 800 ms: it is never idle that long, so it must never be replaced.
     */
    @Test
    void aConnectionInSteadyUseIsNotClosed() throws Exception {
        Duration idleTimeout = Duration.ofMillis(800);
        try (FakeUpstream upstream = FakeUpstream.script().replyDelay(Duration.ofMillis(250)).start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), 1, idleTimeout, CONNECT)) {
            for (int i = 1; i <= 5; i++) {
                String request = "GET /steady/" + i;
                assertEquals(request, pool.call(request), "Call " + i + " of 5 to an echoing upstream returned"
                        + " something else." + IDEA);
            }
            assertEquals(1, upstream.accepts(), "5 calls one after another, each taking 250 ms, with an idleTimeout"
                    + " of 800 ms, made the upstream accept " + upstream.accepts() + " connections, expected 1:"
                    + " the connection was never idle for 800 ms (idle time starts when a call gives it back, not"
                    + " when it was opened), so it should have been reused every time." + IDEA);
        }
    }
}
