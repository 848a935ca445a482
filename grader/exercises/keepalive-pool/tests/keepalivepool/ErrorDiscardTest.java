package keepalivepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.Poll;
import dev.loopback.fixture.Reply;
import dev.loopback.fixture.TcpState;
import dev.loopback.fixture.TcpTable;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * After a failed call the connection must be closed and must never go back to the pool: openConnections() and
 * idleConnections() drop, and no descriptor or CLOSE_WAIT socket is left behind, measured after every call.
 */
@Tag("error-discard")
class ErrorDiscardTest extends PoolTest {

    private static final String IDEA = " A connection that failed mid-call is in an unknown state (half a reply may"
            + " still be on its way), so it is closed and never handed to the next caller; the failure goes to the"
            + " caller as an IOException. Every socket is a file descriptor: close it on the error path too."
            + " See Lesson 05 - Connection errors: symptom, cause, fix.";

    @Test
    void resetsOnNewConnectionsLeaveNothingOpen() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.reset()).start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), 2, LONG_IDLE, CONNECT)) {
            assertNoLeak(40, i -> failsAndKeepsNothing(pool, "GET /reset/" + i, "the upstream reset it (RST)"),
                    "40 calls whose upstream reset the connection instead of replying", IDEA);
        }
    }

    @Test
    void hangUpsWithoutAReplyLeaveNothingOpen() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.hangUp()).start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), 2, LONG_IDLE, CONNECT)) {
            assertNoLeak(40, i -> failsAndKeepsNothing(pool, "GET /hangup/" + i, "the upstream hung up (FIN)"
                    + " without a reply"), "40 calls whose upstream hung up without replying", IDEA);
            assertNoCloseWaitTowards(upstream.port(), "40 calls whose upstream hung up without replying");
        }
    }

    /** Bytes of a reply and then end of stream: not a reply line, so the call fails; on a reused connection too. */
    @Test
    void aReplyCutOffIsAFailureAndTheConnectionIsClosed() throws Exception {
        AtomicReference<Reply> mode = new AtomicReference<>();
        try (FakeUpstream upstream = FakeUpstream.script()
                .replies(line -> mode.get() == null ? Reply.line(line) : mode.get()).start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), 1, LONG_IDLE, CONNECT)) {
            assertNoLeak(20, i -> {
                mode.set(null);
                assertEquals("GET /ok", pool.call("GET /ok"), "An echoing upstream answered \"GET /ok\"." + IDEA);
                mode.set(Reply.truncated("HTTP/1.1 2"));
                failsAndKeepsNothing(pool, "GET /cut", "the upstream sent \"HTTP/1.1 2\" with no line end and"
                        + " closed the connection (a reply cut off is no reply line)");
            }, "20 rounds of a good call and a call whose reply was cut off", IDEA);
            assertNoCloseWaitTowards(upstream.port(), "20 calls whose reply was cut off");
        }
    }

    /** The stale connection's retry fails too: both connections are gone afterwards. */
    @Test
    void aFailedRetryLeavesNothingOpen() throws Exception {
        Random random = random("error-discard/retry");
        int rounds = 10 + random.nextInt(11);
        AtomicReference<Reply> mode = new AtomicReference<>();
        try (FakeUpstream upstream = FakeUpstream.script()
                .replies(line -> mode.get() == null ? Reply.line(line) : mode.get()).start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), 1, LONG_IDLE, CONNECT)) {
            assertNoLeak(rounds, i -> {
                mode.set(null);
                String request = request(random);
                assertEquals(request, pool.call(request), "An echoing upstream answered \"" + request + "\". "
                        + REPLAY + IDEA);
                upstream.connections().get(upstream.connections().size() - 1).hangUp();
                mode.set(Reply.reset());
                failsAndKeepsNothing(pool, request(random), "the upstream hung up the idle connection and then"
                        + " reset every new one");
            }, rounds + " rounds of a good call, then the upstream hanging up the idle connection and resetting"
                    + " every new one, " + REPLAY, IDEA);
        }
    }

    @Test
    void thePoolStillWorksAfterFailures() throws Exception {
        AtomicReference<Reply> mode = new AtomicReference<>(Reply.reset());
        try (FakeUpstream upstream = FakeUpstream.script()
                .replies(line -> mode.get() == null ? Reply.line(line) : mode.get()).start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), 2, LONG_IDLE, CONNECT)) {
            for (int i = 0; i < 5; i++) {
                failsAndKeepsNothing(pool, "GET /down", "the upstream reset it");
            }
            mode.set(null);
            assertEquals("GET /up", pool.call("GET /up"), "After 5 failed calls the upstream recovered, but the"
                    + " next call did not get its reply: failed calls must give their place in the pool back."
                    + IDEA);
        }
    }

    /** Calls once, expects an IOException, and then expects the pool to hold no connection at all. */
    private static void failsAndKeepsNothing(ConnectionPool pool, String request, String what) {
        Throwable thrown;
        try {
            pool.call(request);
            thrown = null;
        } catch (IOException | RuntimeException e) {
            thrown = e;
        }
        assertTrue(isIo(thrown), "A call where " + what + " should throw an IOException, but call() gave "
                + describe(thrown) + "." + IDEA);
        int open = pool.openConnections();
        int idle = pool.idleConnections();
        assertTrue(open == 0 && idle == 0, "After a call where " + what + ", the pool reported " + open
                + " open and " + idle + " idle connections, expected 0 and 0: the failed connection was kept."
                + IDEA);
    }

    private static void assertNoCloseWaitTowards(int upstreamPort, String what) {
        long stuck = Poll.value(WAIT, () -> TcpTable.rows().stream()
                .filter(row -> row.remotePort() == upstreamPort && row.state() == TcpState.CLOSE_WAIT).count(),
                n -> n == 0);
        assertEquals(0, stuck, what + " left " + stuck + " sockets in CLOSE_WAIT: the upstream closed, the pool"
                + " never called close() on its side." + IDEA);
    }
}
