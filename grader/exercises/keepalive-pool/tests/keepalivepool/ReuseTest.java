package keepalivepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.Poll;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("reuse")
class ReuseTest extends PoolTest {

    private static final String IDEA = " A pool pays for a connection's handshake once and then sends call after call"
            + " over it: 1,000 sequential calls over one kept-alive connection take about 50 s instead of 150 s."
            + " Hand out an idle connection before opening a new one, even while the pool has room for more."
            + " See Lesson 05 - Reuse: 1,000 calls with and without pooling.";

    @Test
    void fiveSequentialCallsUseOneConnection() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), 2, LONG_IDLE, CONNECT)) {
            for (int i = 1; i <= 5; i++) {
                String request = "GET /status/" + i;
                assertEquals(request, pool.call(request), "Call " + i + " sent \"" + request + "\" to an upstream"
                        + " that echoes each line; call() should return the reply line as it came." + IDEA);
            }
            assertEquals(1, upstream.accepts(), "5 calls one after another through a pool of maxSize 2 made the"
                    + " upstream accept " + upstream.accepts() + " connections, expected 1: each call after the"
                    + " first should reuse the connection the previous call gave back." + IDEA);
        }
    }

    @Test
    void generatedSequentialCallsUseOneConnection() throws Exception {
        Random random = random("reuse/sequential");
        int maxSize = 2 + random.nextInt(4);
        int calls = 8 + random.nextInt(25);
        try (FakeUpstream upstream = FakeUpstream.script().start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), maxSize, LONG_IDLE, CONNECT)) {
            for (int i = 0; i < calls; i++) {
                String request = request(random);
                assertEquals(request, pool.call(request), "Call " + (i + 1) + " of " + calls + " sent \"" + request
                        + "\" to an upstream that echoes each line, and got another reply. " + REPLAY + IDEA);
            }
            String what = calls + " calls one after another through a pool of maxSize " + maxSize;
            assertEquals(1, upstream.accepts(), what + " made the upstream accept " + upstream.accepts()
                    + " connections, expected 1. " + REPLAY + IDEA);
            assertEquals(1, pool.openConnections(), what + ": openConnections() reported " + pool.openConnections()
                    + ", expected 1 (the one kept-alive connection). " + REPLAY + IDEA);
            assertEquals(1, pool.idleConnections(), what + ": idleConnections() reported " + pool.idleConnections()
                    + " after the last call, expected 1 (the connection waits in the pool for the next call). "
                    + REPLAY + IDEA);
        }
    }

    /** Calls in flight together need a connection each; afterwards every one of them waits idle to be reused. */
    @Test
    void concurrentCallsLeaveTheirConnectionsIdleForReuse() throws Exception {
        Random random = random("reuse/concurrent");
        int together = 2 + random.nextInt(2);
        int maxSize = together + 1 + random.nextInt(2);
        CountDownLatch gate = new CountDownLatch(1);
        try (FakeUpstream upstream = FakeUpstream.script().holdReplies(gate).start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), maxSize, LONG_IDLE, CONNECT)) {
            List<Caller> callers = new ArrayList<>();
            List<String> requests = new ArrayList<>();
            try {
                for (int i = 0; i < together; i++) {
                    requests.add(request(random));
                    callers.add(start(pool, requests.get(i)));
                }
                Poll.until(WAIT, () -> upstream.held() == together);
            } finally {
                gate.countDown();
            }
            for (int i = 0; i < together; i++) {
                assertEquals(requests.get(i), replyOf(callers.get(i), "A call in flight with " + (together - 1)
                        + " others"), "A call made while " + (together - 1) + " others were in flight got the wrong"
                        + " reply. " + REPLAY + IDEA);
            }
            String what = together + " calls in flight at once through a pool of maxSize " + maxSize;
            int idle = Poll.value(WAIT, pool::idleConnections, n -> n == together);
            assertEquals(together, idle, what + " should leave " + together + " idle connections in the pool once"
                    + " they have returned; idleConnections() reported " + idle + ". " + REPLAY + IDEA);
            int accepted = upstream.accepts();
            for (int i = 0; i < 2 * together; i++) {
                String request = request(random);
                assertEquals(request, pool.call(request), "A call after " + what + " got the wrong reply. "
                        + REPLAY + IDEA);
            }
            assertEquals(accepted, upstream.accepts(), "After " + what + ", " + (2 * together) + " more calls one"
                    + " after another opened " + (upstream.accepts() - accepted) + " new connections, expected"
                    + " none: " + together + " idle connections were waiting in the pool. " + REPLAY + IDEA);
            assertEquals(accepted, pool.openConnections(), "After " + what + " and " + (2 * together) + " more"
                    + " calls, openConnections() reported " + pool.openConnections() + ", expected " + accepted
                    + " (every connection the upstream accepted, all still open and idle). " + REPLAY + IDEA);
        }
    }
}
