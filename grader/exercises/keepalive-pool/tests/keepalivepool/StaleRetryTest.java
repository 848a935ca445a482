package keepalivepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.Poll;
import dev.loopback.fixture.Reply;
import dev.loopback.fixture.TcpRow;
import dev.loopback.fixture.TcpState;
import dev.loopback.fixture.TcpTable;
import dev.loopback.fixture.UpstreamConnection;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The upstream closes a pooled connection while it is idle (as its own idle timeout would), then the pool is used
 * again. Pools have maxSize 1 here, so the stale connection is the one the next call gets, and the retry's new
 * connection must take its place.
 */
@Tag("stale-retry")
class StaleRetryTest extends PoolTest {

    private static final String IDEA = " When the upstream closes an idle connection first, the pool still holds it;"
            + " the next request written into it meets end of stream or a reset before any byte of reply. That call"
            + " is not the caller's failure: close the dead connection and retry once on a new one (its"
            + " replacement, so the pool stays within maxSize). Retry only then: a new connection that fails, or a"
            + " reply cut off after some bytes, is a real failure. See Lesson 05 - Keep-alive timeouts.";

    /** Echo while the mode is null, else the mode's reply. */
    private static Function<String, Reply> switchable(AtomicReference<Reply> mode) {
        return line -> mode.get() == null ? Reply.line(line) : mode.get();
    }

    @Test
    void aConnectionTheUpstreamHungUpIsReplacedOnce() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), 1, LONG_IDLE, CONNECT)) {
            assertEquals("GET /a", pool.call("GET /a"), "An echoing upstream answered \"GET /a\"." + IDEA);
            hangUpAndWait(upstream.connections().get(0));
            String reply = callOrFail(pool, "GET /b", "after the upstream hung up (FIN) the idle connection");
            assertEquals("GET /b", reply, "The retried call returned the wrong reply." + IDEA);
            assertEquals(2, upstream.accepts(), "After the upstream hung up the idle connection, one call made the"
                    + " upstream accept " + (upstream.accepts() - 1) + " new connections, expected 1." + IDEA);
            assertEquals(1, pool.openConnections(), "After replacing the connection the upstream hung up,"
                    + " openConnections() reported " + pool.openConnections() + ", expected 1: the dead one is"
                    + " closed and no longer counted." + IDEA);
        }
    }

    /** After a RST has arrived, the write itself fails ("Connection reset" or "Broken pipe"): still a stale connection. */
    @Test
    void aConnectionTheUpstreamResetIsReplacedEvenWhenTheWriteFails() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), 1, LONG_IDLE, CONNECT)) {
            assertEquals("GET /a", pool.call("GET /a"), "An echoing upstream answered \"GET /a\"." + IDEA);
            UpstreamConnection first = upstream.connections().get(0);
            first.reset();
            Poll.until(WAIT, () -> TcpTable.rows().stream().noneMatch(row -> row.localPort() == first.clientPort()));
            String reply = callOrFail(pool, "GET /b", "after the upstream reset (RST) the idle connection, so"
                    + " that even writing the request failed,");
            assertEquals("GET /b", reply, "The retried call returned the wrong reply." + IDEA);
            assertEquals(2, upstream.accepts(), "After the upstream reset the idle connection, one call made the"
                    + " upstream accept " + (upstream.accepts() - 1) + " new connections, expected 1." + IDEA);
        }
    }

    @Test
    void generatedCallsAroundAHangUpAreAllAnswered() throws Exception {
        Random random = random("stale-retry/generated");
        int before = 1 + random.nextInt(5);
        int after = 1 + random.nextInt(5);
        boolean reset = random.nextBoolean();
        try (FakeUpstream upstream = FakeUpstream.script().start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), 1, LONG_IDLE, CONNECT)) {
            for (int i = 0; i < before; i++) {
                String request = request(random);
                assertEquals(request, pool.call(request), "An echoing upstream answered \"" + request + "\". "
                        + REPLAY + IDEA);
            }
            UpstreamConnection first = upstream.connections().get(0);
            if (reset) {
                first.reset();
            } else {
                hangUpAndWait(first);
            }
            for (int i = 0; i < after; i++) {
                String request = request(random);
                String reply = callOrFail(pool, request, "after " + before + " calls, the upstream "
                        + (reset ? "reset" : "hung up") + " the idle connection and");
                assertEquals(request, reply, "Call " + (i + 1) + " after the upstream closed the idle connection"
                        + " returned the wrong reply. " + REPLAY + IDEA);
            }
            assertEquals(2, upstream.accepts(), before + " calls, then the upstream " + (reset ? "reset" : "hung up")
                    + " the idle connection, then " + after + " calls: the upstream accepted " + upstream.accepts()
                    + " connections, expected 2. " + REPLAY + IDEA);
        }
    }

    @Test
    void theRetryHappensOnlyOnce() throws Exception {
        AtomicReference<Reply> mode = new AtomicReference<>();
        try (FakeUpstream upstream = FakeUpstream.script().replies(switchable(mode)).start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), 1, LONG_IDLE, CONNECT)) {
            assertEquals("GET /a", pool.call("GET /a"), "An echoing upstream answered \"GET /a\"." + IDEA);
            hangUpAndWait(upstream.connections().get(0));
            mode.set(Reply.reset());
            Throwable thrown = callAndCatch(pool, "GET /b");
            assertTrue(isIo(thrown), "The upstream hung up the idle connection and then reset the new one too;"
                    + " call() should throw that IOException after its one retry, but it gave "
                    + describe(thrown) + "." + IDEA);
            assertEquals(2, upstream.accepts(), "The upstream hung up the idle connection and then reset the new"
                    + " one too: the call opened " + (upstream.accepts() - 1) + " new connections, expected exactly"
                    + " 1 (one retry, then the failure goes to the caller)." + IDEA);
        }
    }

    @Test
    void aNewConnectionThatFailsIsNotRetried() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.reset()).start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), 2, LONG_IDLE, CONNECT)) {
            Throwable thrown = callAndCatch(pool, "GET /a");
            assertNotNull(thrown, "A call to an upstream that resets every request returned a reply instead of"
                    + " throwing." + IDEA);
            assertEquals(1, upstream.accepts(), "On a brand-new connection the upstream reset the request; the call"
                    + " made it accept " + upstream.accepts() + " connections, expected 1: a new connection cannot"
                    + " be stale, so its failure is real and goes to the caller without a retry." + IDEA);
        }
    }

    @Test
    void aReplyCutOffAfterSomeBytesIsNotRetried() throws Exception {
        AtomicReference<Reply> mode = new AtomicReference<>();
        try (FakeUpstream upstream = FakeUpstream.script().replies(switchable(mode)).start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), 1, LONG_IDLE, CONNECT)) {
            assertEquals("GET /a", pool.call("GET /a"), "An echoing upstream answered \"GET /a\"." + IDEA);
            mode.set(Reply.truncated("20"));
            callAndCatch(pool, "GET /b");
            assertEquals(1, upstream.accepts(), "On a reused connection the upstream sent 2 bytes of its reply and"
                    + " then closed; the call made it accept " + (upstream.accepts() - 1) + " new connections,"
                    + " expected none: once reply bytes have arrived the upstream was alive and took the request,"
                    + " so sending it again could do the work twice." + IDEA);
        }
    }

    /** Hangs the connection up and waits until the client's side has received the FIN (CLOSE_WAIT). */
    private static void hangUpAndWait(UpstreamConnection connection) {
        connection.hangUp();
        Poll.until(WAIT, () -> TcpTable.rows().stream().anyMatch(row -> isCloseWait(row, connection.clientPort())));
    }

    private static boolean isCloseWait(TcpRow row, int port) {
        return row.localPort() == port && row.state() == TcpState.CLOSE_WAIT;
    }

    private static String callOrFail(ConnectionPool pool, String request, String when) {
        try {
            return pool.call(request);
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("A call " + when + " threw " + describe(e) + " instead of retrying once on a"
                    + " new connection." + IDEA, null);
        }
    }

    private static Throwable callAndCatch(ConnectionPool pool, String request) {
        try {
            pool.call(request);
            return null;
        } catch (IOException | RuntimeException e) {
            return e;
        }
    }
}
