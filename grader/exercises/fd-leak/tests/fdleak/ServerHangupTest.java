package fdleak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.Poll;
import java.net.Socket;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("server-hangup")
class ServerHangupTest extends LeakTest {

    private static final String WHY = "when readLine() returns null the client has hung up, and the server must"
            + " close its side too, or the socket sits in CLOSE_WAIT holding a descriptor.";

    @Test
    void clientsHangingUpAfterAReplyLeaveNothingBehind() throws Exception {
        try (LineServer server = LineServer.start(0, line -> "PONG", Duration.ofSeconds(30))) {
            String what = "150 clients that hung up after their reply";
            assertNoLeak(150, i -> assertEquals("PONG", askOnce(server.port(), "PING"),
                    "The server should answer PING with PONG."), what, WHY);
            assertLeftNothing(server, what);
        }
    }

    @Test
    void clientsHangingUpWithoutAWordLeaveNothingBehind() throws Exception {
        try (LineServer server = LineServer.start(0, line -> "PONG", Duration.ofSeconds(30))) {
            String what = "100 clients that connected and hung up without sending a line";
            assertNoLeak(100, i -> connect(server.port()).close(), what, WHY);
            assertLeftNothing(server, what);
        }
    }

    private void assertLeftNothing(LineServer server, String what) throws Exception {
        assertNoCloseWait(server.port(), what, WHY);
        assertDescriptorsBack(what, WHY);
        assertTrue(Poll.until(WAIT, () -> server.openConnections() == 0), "After " + what
                + ", openConnections() still reported " + server.openConnections() + " instead of 0.");
        assertEquals("PONG", askOnce(server.port(), "PING"), "After " + what + ", the server should still answer"
                + " a new client.");
    }

    /** A generated number of clients, each sending a generated line and hanging up after the reply. */
    @Test
    void generatedClientsHangingUpLeaveNothingBehind() throws Exception {
        Random random = random("server-hangup/generated");
        try (LineServer server = LineServer.start(0, line -> line.equals("PING") ? "PONG" : "ECHO " + line,
                Duration.ofSeconds(30))) {
            int clients = 50 + random.nextInt(51);
            String what = clients + " clients that each sent a line and hung up after the reply";
            assertNoLeak(clients, i -> {
                String line = line(random);
                assertEquals("ECHO " + line, askOnce(server.port(), line), "The server whose handler answers ECHO and"
                        + " the line should answer " + line + " with ECHO " + line + ". " + REPLAY);
            }, what, WHY + " " + REPLAY);
            assertLeftNothing(server, what);
        }
    }
}
