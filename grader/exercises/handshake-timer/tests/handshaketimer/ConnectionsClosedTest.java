package handshaketimer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.LeakWatch;
import dev.loopback.fixture.OpenFiles;
import dev.loopback.fixture.Poll;
import dev.loopback.fixture.RefusedPort;
import dev.loopback.fixture.Script;
import dev.loopback.fixture.Reply;
import dev.loopback.fixture.TcpState;
import dev.loopback.fixture.TcpTable;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("connections-closed")
class ConnectionsClosedTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration WAIT = Duration.ofSeconds(2);
    private static final Duration SETTLE = Duration.ofMillis(500);
    private static final long ALLOWANCE = 2;
    private static final int CALLS = 20;
    private static final String IDEA = " Every socket holds a file descriptor until close(); close it on every path,"
            + " success or failure (try-with-resources or finally). See Lesson 05 - Too many open files.";

    @Test
    void aColdCallClosesItsConnection() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ZERO).reply("PONG").start()) {
            HandshakeTimer.coldCall(upstream.address(), "PING", TIMEOUT);
            assertTrue(Poll.until(WAIT, () -> upstream.clientHangUps() == 1), "After a cold call returned, the"
                    + " upstream never saw the connection closed: the socket stays open until the process runs out"
                    + " of file descriptors." + IDEA);
        }
    }

    @Test
    void warmCallsCloseTheirConnectionAtTheEnd() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ZERO).reply("PONG").start()) {
            HandshakeTimer.warmCalls(upstream.address(), "PING", 3, TIMEOUT);
            assertTrue(Poll.until(WAIT, () -> upstream.clientHangUps() == upstream.accepts()), "After warmCalls"
                    + " returned, the upstream still saw its kept-alive connection open: close it after the last"
                    + " call." + IDEA);
        }
    }

    @Test
    void anUpstreamHangingUpBeforeTheReplyLeavesNoCloseWait() throws Exception {
        assertNoCloseWait(FakeUpstream.script().greeting("HELLO", Duration.ZERO).reply(Reply.hangUp()),
                "hung up instead of replying");
    }

    @Test
    void anUpstreamHangingUpBeforeTheGreetingLeavesNoCloseWait() throws Exception {
        assertNoCloseWait(FakeUpstream.script().onConnect(Reply.hangUp(), Duration.ZERO),
                "hung up before its greeting");
    }

    @Test
    void resetConnectionsAreClosed() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ZERO)
                .reply(Reply.reset()).start()) {
            assertNoDescriptorLeft(upstream.address(), "were reset by the upstream");
        }
    }

    @Test
    void refusedConnectsAreClosed() throws Exception {
        assertNoDescriptorLeft(RefusedPort.address(), "were refused");
    }

    /* Measured after every call: the garbage collector may close a dropped socket later and hide the leak. */
    private static void assertNoCloseWait(Script script, String what) throws Exception {
        try (FakeUpstream upstream = script.start()) {
            LeakWatch.Result result = LeakWatch.watch(CALLS, i -> callIgnoringTheOutcome(upstream.address()),
                    () -> closeWaitTowards(upstream.port()), 0, SETTLE);
            assertEquals(0, result.worst(), CALLS + " calls whose upstream " + what + " left " + result.worst()
                    + " sockets in CLOSE_WAIT: the upstream closed its side, ours never called close()." + IDEA);
        }
    }

    private static long closeWaitTowards(int port) {
        return TcpTable.rows().stream()
                .filter(row -> row.remotePort() == port && row.state() == TcpState.CLOSE_WAIT).count();
    }

    private static void assertNoDescriptorLeft(InetSocketAddress address, String what) throws Exception {
        long baseline = OpenFiles.count();
        LeakWatch.Result result = LeakWatch.watch(CALLS, i -> callIgnoringTheOutcome(address),
                () -> OpenFiles.count() - baseline, ALLOWANCE, SETTLE);
        assertTrue(result.worst() <= ALLOWANCE, CALLS + " calls whose connections " + what + " left "
                + result.worst() + " file descriptors open: the error path never closes its socket." + IDEA);
    }

    private static void callIgnoringTheOutcome(InetSocketAddress address) {
        try {
            HandshakeTimer.coldCall(address, "PING", TIMEOUT);
        } catch (Exception | Error expected) {
            // this test looks only at what the call leaves open, whatever it returned or threw
        }
    }
}
