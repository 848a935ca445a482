package keepalivepool;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.Poll;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("close")
class CloseTest extends PoolTest {

    private static final Duration PARKED = Duration.ofSeconds(3);
    private static final String IDEA = " close() gives every descriptor back: idle connections at once, connections"
            + " in use as soon as their call ends (without cutting that call off), and callers still waiting for a"
            + " connection are woken with IllegalStateException instead of waiting out their timeout. Closing twice"
            + " is harmless. See Lesson 05 - Too many open files.";

    @Test
    void closeClosesIdleConnectionsAtOnce() throws Exception {
        Random random = random("close/idle");
        int together = 2 + random.nextInt(3);
        CountDownLatch gate = new CountDownLatch(1);
        try (FakeUpstream upstream = FakeUpstream.script().holdReplies(gate).start()) {
            ConnectionPool pool = new ConnectionPool(upstream.address(), together, LONG_IDLE, CONNECT);
            try {
                List<Caller> callers = new ArrayList<>();
                try {
                    for (int i = 0; i < together; i++) {
                        callers.add(start(pool, "GET /" + i));
                    }
                    Poll.until(WAIT, () -> upstream.held() == together);
                } finally {
                    gate.countDown();
                }
                for (Caller caller : callers) {
                    replyOf(caller, "A call");
                }
                int accepted = upstream.accepts();
                pool.close();
                String what = "With " + accepted + " idle connections in the pool, close()";
                assertEquals(0, pool.openConnections(), what + " left openConnections() at " + pool.openConnections()
                        + ", expected 0 as soon as close() returns. " + REPLAY + IDEA);
                assertEquals(0, pool.idleConnections(), what + " left idleConnections() at "
                        + pool.idleConnections() + ", expected 0. " + REPLAY + IDEA);
                boolean seen = Poll.until(WAIT, () -> upstream.clientHangUps() == accepted);
                assertTrue(seen, what + " closed only " + upstream.clientHangUps() + " of them, as the upstream saw"
                        + " it. " + REPLAY + IDEA);
            } finally {
                pool.close();
            }
        }
    }

    @Test
    void callsAfterCloseAreRefusedAndCloseTwiceIsHarmless() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().start()) {
            ConnectionPool pool = new ConnectionPool(upstream.address(), 2, LONG_IDLE, CONNECT);
            assertEquals("GET /a", pool.call("GET /a"), "An echoing upstream answered \"GET /a\"." + IDEA);
            pool.close();
            assertDoesNotThrow(pool::close, "Calling close() a second time threw." + IDEA);
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> pool.call("GET /b"),
                    "A call after close() should throw IllegalStateException: the pool no longer hands out"
                            + " connections." + IDEA);
            assertEquals(1, upstream.accepts(), "A call after close() opened a new connection to the upstream"
                    + " before refusing (" + refused.getClass().getSimpleName() + ")." + IDEA);
        }
    }

    @Test
    void aCallInFlightCompletesAndItsConnectionIsClosedAfter() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        try (FakeUpstream upstream = FakeUpstream.script().holdReplies(gate).start()) {
            ConnectionPool pool = new ConnectionPool(upstream.address(), 2, LONG_IDLE, CONNECT);
            try {
                Caller caller;
                try {
                    caller = start(pool, "GET /slow");
                    Poll.until(WAIT, () -> upstream.held() == 1);
                    closeWithin(pool, "with one call in flight");
                } finally {
                    gate.countDown();
                }
                String reply;
                try {
                    reply = replyOf(caller, "A call in flight during close()");
                } catch (Exception e) {
                    throw new AssertionError("A call that was already in flight when close() was called threw "
                            + describe(e) + ": it should complete normally with its reply." + IDEA, null);
                }
                assertEquals("GET /slow", reply, "A call in flight during close() got the wrong reply." + IDEA);
                int open = pollOpen(pool, 0, WAIT);
                assertEquals(0, open, "A call in flight during close() ended, but openConnections() still reported "
                        + open + ": its connection should be closed when the call ends, not kept." + IDEA);
                boolean seen = Poll.until(WAIT, () -> upstream.clientHangUps() == 1);
                assertTrue(seen, "A call in flight during close() ended, but the upstream never saw its connection"
                        + " closed." + IDEA);
            } finally {
                pool.close();
            }
        }
    }

    @Test
    void closeWakesCallersWaitingForAConnection() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        try (FakeUpstream upstream = FakeUpstream.script().holdReplies(gate).start()) {
            ConnectionPool pool = new ConnectionPool(upstream.address(), 1, LONG_IDLE, CONNECT);
            try {
                Caller inFlight;
                Caller waiting;
                boolean waited;
                try {
                    inFlight = start(pool, "GET /slow");
                    Poll.until(WAIT, () -> upstream.held() == 1);
                    waiting = start(pool, "GET /waiting");
                    Poll.until(PARKED, () -> waiting.parked() || upstream.held() > 1);
                    waited = upstream.held() == 1 && !waiting.reply().isDone();
                    long start = System.nanoTime();
                    closeWithin(pool, "with one call in flight and one waiting for a connection");
                    if (waited) {
                        Throwable thrown = failureOf(waiting);
                        long took = (System.nanoTime() - start) / 1_000_000;
                        assertTrue(thrown instanceof IllegalStateException, "A caller waiting for a connection"
                                + " when close() was called should get IllegalStateException, but it gave "
                                + (thrown == null ? "a reply (or nothing)" : describe(thrown)) + "." + IDEA);
                        assertTrue(took < CONNECT.toMillis(), "A caller waiting for a connection was woken " + took
                                + " ms after close(), only when its connectTimeout ran out." + IDEA);
                    }
                } finally {
                    gate.countDown();
                }
                assertEquals("GET /slow", replyOf(inFlight, "A call in flight during close()"), "A call in flight"
                        + " during close() should complete normally with its reply." + IDEA);
                assertEquals(0, pollOpen(pool, 0, WAIT), "After close() and the last call's end, openConnections()"
                        + " should be 0." + IDEA);
            } finally {
                pool.close();
            }
        }
    }

    /** Calls close() on another thread and fails if it does not return within 3 s (it must not wait for calls). */
    private static void closeWithin(ConnectionPool pool, String when) throws Exception {
        CompletableFuture<Void> closed = CompletableFuture.runAsync(pool::close);
        try {
            closed.get(PARKED.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillClosing) {
            throw new AssertionError("close() " + when + " had not returned " + PARKED.toSeconds() + " s later:"
                    + " it should not wait for calls in flight, only mark their connections to be closed when"
                    + " they end." + IDEA, null);
        }
    }
}
