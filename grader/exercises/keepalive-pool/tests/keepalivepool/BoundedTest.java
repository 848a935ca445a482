package keepalivepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.Poll;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Calls are held in flight at the upstream's gate, so the pool is full for exactly as long as the test needs.
 * The wait for a free connection is bounded by connectTimeout: exact lower bound (less 20 ms for clocks of
 * millisecond resolution), upper bound connectTimeout + 1.5 s.
 */
@Tag("bounded")
class BoundedTest extends PoolTest {

    private static final Duration PARKED = Duration.ofSeconds(3);
    private static final String IDEA = " A pool's maxSize is a promise to the upstream and to the process's"
            + " file-descriptor limit: never more than maxSize connections, even at a spike. Callers beyond it"
            + " queue for a connection to come back, for at most connectTimeout, and then get an IOException that"
            + " says the pool is exhausted. See Lesson 05 - Pool sizing via Little's Law.";

    @Test
    void moreCallersThanConnectionsWaitAndAreAllServed() throws Exception {
        Random random = random("bounded/queue");
        int maxSize = 2 + random.nextInt(3);
        int callers = maxSize + 2 + random.nextInt(4);
        CountDownLatch gate = new CountDownLatch(1);
        try (FakeUpstream upstream = FakeUpstream.script().holdReplies(gate).start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), maxSize, LONG_IDLE, CONNECT)) {
            String what = callers + " calls at once through a pool of maxSize " + maxSize;
            List<Caller> started = new ArrayList<>();
            List<String> requests = new ArrayList<>();
            int open;
            int accepted;
            try {
                for (int i = 0; i < callers; i++) {
                    requests.add(request(random));
                    started.add(start(pool, requests.get(i)));
                }
                Poll.until(WAIT, () -> upstream.held() >= maxSize);
                Poll.until(PARKED, () -> started.stream().filter(Caller::parked).count() >= callers - maxSize
                        || upstream.accepts() > maxSize);
                open = pool.openConnections();
                accepted = upstream.accepts();
            } finally {
                gate.countDown();
            }
            assertTrue(accepted <= maxSize, what + " made the upstream accept " + accepted + " connections while"
                    + " they were all in flight, more than maxSize. " + REPLAY + IDEA);
            assertTrue(open <= maxSize, what + ": openConnections() reported " + open + " while they were all in"
                    + " flight, more than maxSize. " + REPLAY + IDEA);
            for (int i = 0; i < callers; i++) {
                String reply;
                try {
                    reply = replyOf(started.get(i), "A caller waiting for a free connection");
                } catch (IOException e) {
                    throw new AssertionError(what + ": a caller got " + describe(e) + " instead of waiting for one"
                            + " of the " + maxSize + " connections to come back (connectTimeout was "
                            + CONNECT.toSeconds() + " s, and the first calls returned long before). " + REPLAY
                            + IDEA, null);
                }
                assertEquals(requests.get(i), reply, what + ": a caller got the wrong reply. " + REPLAY + IDEA);
            }
            assertTrue(upstream.accepts() <= maxSize, what + " made the upstream accept " + upstream.accepts()
                    + " connections in all, more than maxSize: the callers that waited should get the connections"
                    + " the first calls gave back. " + REPLAY + IDEA);
        }
    }

    @Test
    void aFullPoolSaysItIsExhaustedAfterConnectTimeout() throws Exception {
        exhaustsAfter(1, Duration.ofMillis(300), "");
    }

    @Test
    void generatedFullPoolsSayTheyAreExhausted() throws Exception {
        Random random = random("bounded/exhausted");
        exhaustsAfter(1 + random.nextInt(3), Duration.ofMillis(200 + random.nextInt(400)), REPLAY + " ");
    }

    private void exhaustsAfter(int maxSize, Duration connectTimeout, String replay) throws Exception {
        long timeoutMillis = connectTimeout.toMillis();
        String what = "With all " + maxSize + " connections of the pool in use and a connectTimeout of "
                + timeoutMillis + " ms, ";
        CountDownLatch gate = new CountDownLatch(1);
        try (FakeUpstream upstream = FakeUpstream.script().holdReplies(gate).start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), maxSize, LONG_IDLE, connectTimeout)) {
            List<Caller> inFlight = new ArrayList<>();
            Caller extra;
            long start;
            try {
                for (int i = 0; i < maxSize; i++) {
                    inFlight.add(start(pool, "GET /slow/" + i));
                }
                Poll.until(WAIT, () -> upstream.held() == maxSize);
                start = System.nanoTime();
                extra = start(pool, "GET /extra");
                extra.reply().handle((reply, failure) -> null).get(timeoutMillis + PARKED.toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillWaiting) {
                int held = upstream.held();
                gate.countDown();
                if (held > maxSize) {
                    throw new AssertionError(what + "one more call opened connection number " + held + " to the"
                            + " upstream instead of waiting. " + replay + IDEA, null);
                }
                throw new AssertionError(what + "one more call was still waiting " + (timeoutMillis
                        + PARKED.toMillis()) + " ms later: the wait for a free connection must end after"
                        + " connectTimeout. " + replay + IDEA, null);
            } finally {
                gate.countDown();
            }
            long waited = (System.nanoTime() - start) / 1_000_000;
            Throwable thrown = failureOf(extra);
            assertTrue(thrown instanceof IOException, what + "one more call should throw an IOException saying"
                    + " the pool is exhausted, but it gave " + (thrown == null ? "a reply" : describe(thrown))
                    + ". " + replay + IDEA);
            String message = String.valueOf(thrown.getMessage());
            assertTrue(message.toLowerCase(Locale.ROOT).contains("exhausted"), what + "one more call threw an"
                    + " IOException whose message, \"" + message + "\", does not say the pool is exhausted: the"
                    + " caller (and whoever reads the log) should tell a full pool from a network failure. " + replay
                    + IDEA);
            assertTrue(waited >= timeoutMillis - 20, what + "one more call gave up after " + waited + " ms: it should"
                    + " wait up to connectTimeout for a connection to come back. " + replay + IDEA);
            assertTrue(upstream.accepts() <= maxSize, what + "one more call made the upstream accept a connection"
                    + " beyond maxSize (" + upstream.accepts() + " in all). " + replay + IDEA);
            for (Caller caller : inFlight) {
                assertTrue(replyOf(caller, "A call in flight").startsWith("GET /slow/"), "A call that was in flight"
                        + " while the pool was full got the wrong reply. " + replay + IDEA);
            }
            assertEquals("GET /after", pool.call("GET /after"), "Once the calls in flight had returned, a new call"
                    + " through the same pool should get its reply: being exhausted for a moment is not an end."
                    + " " + replay + IDEA);
        }
    }
}
