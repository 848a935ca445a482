package fdleak;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.Reply;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("client-error-replies")
class ClientErrorRepliesTest extends LeakTest {

    private static final String WHY = "the error path never closes its socket (close it in finally, or open it in"
            + " try-with-resources, so every reply path closes it).";

    @Test
    void busyRepliesCloseTheirSockets() throws Exception {
        assertRepliesLeaveNothing("BUSY", 300);
    }

    @Test
    void almostOkRepliesCloseTheirSockets() throws Exception {
        assertRepliesLeaveNothing("ok", 100);
        assertRepliesLeaveNothing("OK ", 100);
    }

    private void assertRepliesLeaveNothing(String reply, int checks) throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.lastLine(reply)).start()) {
            String what = checks + " status checks whose upstream answered " + reply;
            assertNoLeak(checks, i -> StatusClient.check(one(upstream.address()), TIMEOUT), what, WHY);
            assertDescriptorsBack(what, WHY);
            assertNoCloseWaitTowards(upstream.port(), what, WHY);
        }
    }
}
