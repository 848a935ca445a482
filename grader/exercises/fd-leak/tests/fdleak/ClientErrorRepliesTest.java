package fdleak;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.Reply;
import java.util.Random;
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

    /** A generated error reply and number of checks. */
    @Test
    void generatedErrorRepliesCloseTheirSockets() throws Exception {
        Random random = random("client-error-replies/generated");
        String[] replies = {"BUSY", "DOWN", "ERR", "OKAY", "Ok", line(random)};
        assertRepliesLeaveNothing(replies[random.nextInt(replies.length)], 100 + random.nextInt(101), " " + REPLAY);
    }

    private void assertRepliesLeaveNothing(String reply, int checks) throws Exception {
        assertRepliesLeaveNothing(reply, checks, "");
    }

    private void assertRepliesLeaveNothing(String reply, int checks, String replay) throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.lastLine(reply)).start()) {
            String what = checks + " status checks whose upstream answered " + reply;
            String why = WHY + replay;
            assertNoLeak(checks, i -> StatusClient.check(one(upstream.address()), TIMEOUT), what, why);
            assertDescriptorsBack(what, why);
            assertNoCloseWaitTowards(upstream.port(), what, why);
        }
    }
}
