package errordoctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.LeakWatch;
import dev.loopback.fixture.OpenFiles;
import dev.loopback.fixture.Poll;
import dev.loopback.fixture.Reply;
import dev.loopback.fixture.Script;
import dev.loopback.fixture.TcpState;
import dev.loopback.fixture.TcpTable;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Descriptors are counted after every probe (LeakWatch), never only at the end: the garbage collector closes a
 * dropped socket at an unpredictable moment and would hide the leak. A refused or timed-out connect() closes its
 * own descriptor in the JDK, so the leaks show on the paths after connecting.
 */
@Tag("no-leaks")
class NoLeaksTest extends DoctorTest {

    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final Duration SETTLE = Duration.ofMillis(500);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final long ALLOWANCE = 3;
    private static final String IDEA = " Whatever the probe saw, its socket must be closed before it returns: every"
            + " socket is a file descriptor, and a path that returns or catches before close() strands one per"
            + " failure until the process hits \"Too many open files\". Open it in try-with-resources."
            + " See Lesson 05 - Too many open files.";

    private long baseline;

    @BeforeEach
    void recordBaseline() {
        baseline = OpenFiles.count();
    }

    @AfterEach
    void reclaimLeaks() {
        OpenFiles.reclaim(baseline, WAIT);
    }

    @Test
    void answeredProbesCloseTheirSockets() throws Exception {
        assertNoLeak(FakeUpstream.script().reply("PONG"), 30, TIMEOUT, "answered", true);
    }

    @Test
    void resetProbesCloseTheirSockets() throws Exception {
        assertNoLeak(FakeUpstream.script().reply(Reply.reset()), 30, TIMEOUT, "reset the connection after reading the request", false);
    }

    @Test
    void closedEarlyProbesCloseTheirSockets() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.hangUp()).start()) {
            String what = "30 probes whose upstream hung up without replying";
            watch(upstream, 30, TIMEOUT, what);
            long stuck = Poll.value(WAIT, () -> closeWaitTowards(upstream.port()), n -> n == 0);
            assertEquals(0, stuck, what + " left " + stuck + " sockets in CLOSE_WAIT: the upstream closed its side,"
                    + " the probe never closed its own." + IDEA);
        }
    }

    /**
     * A probe that sets no read timeout never returns from a silent upstream: that is the read-timeout criterion's
     * mistake. Here the upstream then closes (as a real one would, in the end) and only what the probe leaves open
     * once it has returned is judged.
     */
    @Test
    void timedOutProbesCloseTheirSockets() throws Exception {
        Random random = random("no-leaks/read-timeout");
        int probes = 8 + random.nextInt(5);
        Duration timeout = Duration.ofMillis(40 + random.nextInt(30));
        String what = probes + " probes whose upstream never answered (read timeout after " + timeout.toMillis()
                + " ms)";
        ExecutorService caller = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "no-leaks-probe");
            thread.setDaemon(true);
            return thread;
        });
        AtomicBoolean upstreamGaveUp = new AtomicBoolean();
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.silence()).start()) {
            LeakWatch.Result result = LeakWatch.watch(probes, i -> {
                if (upstreamGaveUp.get()) {
                    return;
                }
                Future<Probe> call = caller.submit(() -> ErrorDoctor.probe(upstream.address(), "PING-" + i, timeout));
                try {
                    call.get(timeout.plus(SLACK).toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillReading) {
                    upstreamGaveUp.set(true);
                    upstream.close();
                    finish(call);
                } catch (ExecutionException thrown) {
                    // what the probe reported is other criteria's business; this one counts descriptors
                }
            }, this::aboveBaseline, ALLOWANCE, SETTLE);
            assertTrue(result.worst() <= ALLOWANCE, what + " " + left(result.worst()) + " (counted after "
                    + result.afterRuns() + " of them). " + REPLAY + IDEA);
            if (!upstreamGaveUp.get()) {
                boolean seen = Poll.until(WAIT, () -> upstream.clientHangUps() == upstream.accepts());
                assertTrue(seen, what + ": the upstream still saw " + upstream.clientOpen() + " of its "
                        + upstream.accepts() + " connections open afterwards, so the probe never closed them. "
                        + REPLAY + IDEA);
            }
        } finally {
            caller.shutdownNow();
        }
    }

    /** Waits for a probe whose upstream has just closed (its read now sees end of stream). */
    private static void finish(Future<Probe> call) throws InterruptedException {
        try {
            call.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException stillStuck) {
            // the descriptor count afterwards says whether it let its socket go
        }
    }

    @Test
    void cutShortRepliesCloseTheirSockets() throws Exception {
        assertNoLeak(FakeUpstream.script().reply(Reply.truncated("PARTIAL")), 30, TIMEOUT,
                "sent a reply with no line end and closed", false);
    }

    /** serverKeepsItsSide: the upstream leaves the closing to the client, so it can see whether the client did. */
    private void assertNoLeak(Script script, int probes, Duration timeout, String upstreamDid,
            boolean serverKeepsItsSide) throws Exception {
        try (FakeUpstream upstream = script.start()) {
            String what = probes + " probes whose upstream " + upstreamDid;
            watch(upstream, probes, timeout, what);
            if (!serverKeepsItsSide) {
                return;
            }
            boolean seen = Poll.until(WAIT, () -> upstream.clientHangUps() == upstream.accepts());
            assertTrue(seen, what + ": the upstream still saw " + upstream.clientOpen() + " of its " + upstream.accepts()
                    + " connections open afterwards, so the probe never closed them." + IDEA);
        }
    }

    private void watch(FakeUpstream upstream, int probes, Duration timeout, String what) throws Exception {
        LeakWatch.Result result = LeakWatch.watch(probes, i -> ErrorDoctor.probe(upstream.address(), "PING-" + i,
                timeout), this::aboveBaseline, ALLOWANCE, SETTLE);
        assertTrue(result.worst() <= ALLOWANCE, what + " " + left(result.worst()) + " (counted after "
                + result.afterRuns() + " of them)." + IDEA);
    }

    private long aboveBaseline() {
        long now = OpenFiles.count();
        return now == OpenFiles.EXHAUSTED ? now : now - baseline;
    }

    private static String left(long open) {
        return open == OpenFiles.EXHAUSTED
                ? "used up every file descriptor the process may open, so the next socket failed with \"Too many"
                        + " open files\""
                : "left " + open + " sockets open";
    }

    private static long closeWaitTowards(int port) {
        return TcpTable.rows().stream()
                .filter(row -> row.remotePort() == port && row.state() == TcpState.CLOSE_WAIT).count();
    }
}
