package fdleak;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.RefusedPort;
import dev.loopback.fixture.Reply;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("client-failures")
class ClientFailuresTest extends LeakTest {

    private static final String WHY = "a failed check must still close its socket: an exception skips every"
            + " close() that is not in finally or try-with-resources.";

    @Test
    void refusedConnectsLeaveNothing() throws Exception {
        InetSocketAddress nobody = RefusedPort.address();
        checkRepeatedly(nobody, 200, TIMEOUT, "200 status checks of a port with nothing listening (connection"
                + " refused)");
    }

    @Test
    void resetsLeaveNothing() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.reset()).start()) {
            checkRepeatedly(upstream.address(), 200, TIMEOUT, "200 status checks whose upstream reset the connection");
        }
    }

    @Test
    void hangUpsWithoutAReplyLeaveNothing() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.hangUp()).start()) {
            String what = "200 status checks whose upstream hung up without a reply (end of stream)";
            checkRepeatedly(upstream.address(), 200, TIMEOUT, what);
            assertNoCloseWaitTowards(upstream.port(), what, WHY);
        }
    }

    @Test
    void readTimeoutsLeaveNothing() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.silence()).start()) {
            String what = "20 status checks whose upstream never answered (read timeout after 50 ms)";
            checkRepeatedly(upstream.address(), 20, Duration.ofMillis(50), what);
            assertDescriptorsBack(what, WHY);
        }
    }

    private void checkRepeatedly(InetSocketAddress host, int checks, Duration timeout, String what)
            throws Exception {
        assertNoLeak(checks, i -> StatusClient.check(one(host), timeout), what, WHY);
    }

    /** A generated mix of refused, reset and hung-up hosts, checked together, a generated number of times. */
    @Test
    void generatedMixesOfFailingHostsLeaveNothing() throws Exception {
        Random random = random("client-failures/generated");
        try (FakeUpstream reset = FakeUpstream.script().reply(Reply.reset()).start();
                FakeUpstream hangUp = FakeUpstream.script().reply(Reply.hangUp()).start()) {
            InetSocketAddress[] kinds = {RefusedPort.address(), reset.address(), hangUp.address()};
            String[] names = {"refused", "reset", "hung up"};
            List<InetSocketAddress> hosts = new ArrayList<>();
            StringBuilder which = new StringBuilder();
            int count = 2 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                int kind = random.nextInt(kinds.length);
                hosts.add(kinds[kind]);
                which.append(i == 0 ? "" : ", ").append(names[kind]);
            }
            int checks = 30 + random.nextInt(31);
            assertNoLeak(checks, i -> StatusClient.check(hosts, TIMEOUT), checks + " status checks of " + count
                    + " hosts each (" + which + ")", WHY + " " + REPLAY);
        }
    }
}
