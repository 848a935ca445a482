package fdleak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.Poll;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Idle timeout 200 ms; a connection must be closed no earlier than that and within 200 ms + 1.5 s of slack. */
@Tag("idle-timeout")
class IdleTimeoutTest extends LeakTest {

    private static final Duration IDLE = Duration.ofMillis(200);
    private static final int GIVE_UP_MILLIS = 1_700;
    private static final String WHY = " A client that connects and then goes quiet holds a descriptor and a thread"
            + " forever unless the server closes idle connections (e.g. setSoTimeout(idle) and close on"
            + " SocketTimeoutException). See Lesson 05 - Keep-alive timeouts.";

    @Test
    void silentClientsAreDisconnected() throws Exception {
        try (LineServer server = LineServer.start(0, line -> "PONG", IDLE)) {
            List<Socket> clients = new ArrayList<>();
            long start = System.nanoTime();
            try {
                for (int i = 0; i < 20; i++) {
                    clients.add(connect(server.port()));
                }
                for (Socket client : clients) {
                    assertClosedByServer(client, "A client that connected and sent nothing");
                }
                long waited = (System.nanoTime() - start) / 1_000_000;
                assertTrue(waited >= IDLE.toMillis(), "The server closed silent connections after " + waited
                        + " ms, before the idle timeout of 200 ms: close only connections idle for longer than"
                        + " idleTimeout." + WHY);
            } finally {
                for (Socket client : clients) {
                    client.close();
                }
            }
            assertTrue(Poll.until(WAIT, () -> server.openConnections() == 0), "After closing 20 idle"
                    + " connections, openConnections() still reported " + server.openConnections() + "." + WHY);
        }
    }

    @Test
    void aClientIdleAfterItsReplyIsDisconnected() throws Exception {
        try (LineServer server = LineServer.start(0, line -> "PONG", IDLE); Socket client = connect(server.port())) {
            // The server's idle clock starts when it sends the reply, after our send: timed from here the bound is exact.
            long sentAt = System.nanoTime();
            send(client, "PING");
            assertEquals("PONG", reader(client).readLine(), "The server should answer PING with PONG.");
            assertClosedByServer(client, "A client that went quiet after its reply");
            long waited = (System.nanoTime() - sentAt) / 1_000_000;
            assertTrue(waited >= IDLE.toMillis(), "The server closed the connection " + waited + " ms after the"
                    + " request, before the idle timeout of 200 ms had passed since its reply." + WHY);
        }
    }

    @Test
    void theIdleTimeoutMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> LineServer.start(0, line -> "PONG", Duration.ZERO).close(),
                "LineServer.start with an idle timeout of 0 should throw IllegalArgumentException." + WHY);
        assertThrows(IllegalArgumentException.class,
                () -> LineServer.start(0, line -> "PONG", Duration.ofSeconds(-1)).close(),
                "LineServer.start with a negative idle timeout should throw IllegalArgumentException." + WHY);
    }

    private static void assertClosedByServer(Socket client, String who) throws IOException {
        client.setSoTimeout(GIVE_UP_MILLIS);
        try {
            assertEquals(-1, client.getInputStream().read(), who + " received data instead of end of stream." + WHY);
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError(who + " was still connected " + GIVE_UP_MILLIS + " ms later, with an idle"
                    + " timeout of 200 ms." + WHY, null);
        }
    }
}
