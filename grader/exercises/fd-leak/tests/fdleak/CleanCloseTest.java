package fdleak;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.Loopback;
import dev.loopback.fixture.Poll;
import dev.loopback.fixture.Threads;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("clean-close")
class CleanCloseTest extends LeakTest {

    private static final int CLIENTS = 5;
    private static final String WHY = " close() must stop accepting, close every client connection and the"
            + " listening socket, and stop its threads, so a restart finds the port free and nothing keeps running."
            + " See Lesson 05 - Too many open files.";

    @Test
    void closeDisconnectsEveryClient() throws Exception {
        LineServer server = LineServer.start(0, line -> "PONG", Duration.ofSeconds(30));
        List<Socket> clients = connectClients(server);
        try {
            server.close();
            for (Socket client : clients) {
                assertEquals(-1, readAfterClose(client), "A connected client received data instead of end of"
                        + " stream after close()." + WHY);
            }
        } finally {
            closeAll(clients);
        }
    }

    @Test
    void closeReleasesThePortForAnImmediateRebind() throws Exception {
        LineServer server = LineServer.start(0, line -> "PONG", Duration.ofSeconds(30));
        int port = server.port();
        List<Socket> clients = connectClients(server);
        try {
            server.close();
            assertDoesNotThrow(() -> new ServerSocket(port, 50, Loopback.address()).close(), "Binding port " + port
                    + " right after close() failed: the listening socket is still open." + WHY);
        } finally {
            closeAll(clients);
        }
    }

    @Test
    void closeLeavesNoThreadRunning() throws Exception {
        Set<Thread> before = Threads.alive();
        LineServer server = LineServer.start(0, line -> "PONG", Duration.ofSeconds(30));
        List<Socket> clients = connectClients(server);
        try {
            server.close();
            List<Thread> left = Poll.value(WAIT, () -> serverThreads(before), List::isEmpty);
            assertTrue(left.isEmpty(), "With " + CLIENTS + " clients connected, close() left " + left.size()
                    + " server threads running." + WHY);
        } finally {
            closeAll(clients);
        }
    }

    /** A generated number of connected clients, each of which must see end of stream. */
    @Test
    void generatedClientCountsAreAllDisconnected() throws Exception {
        int count = 2 + random("clean-close/generated").nextInt(9);
        LineServer server = LineServer.start(0, line -> "PONG", Duration.ofSeconds(30));
        List<Socket> clients = connectClients(server, count);
        try {
            server.close();
            for (Socket client : clients) {
                assertEquals(-1, readAfterClose(client), "One of " + count + " connected clients received data"
                        + " instead of end of stream after close(). " + REPLAY + WHY);
            }
        } finally {
            closeAll(clients);
        }
    }

    @Test
    void closeTwiceIsHarmless() throws Exception {
        LineServer server = LineServer.start(0, line -> "PONG", Duration.ofSeconds(30));
        server.close();
        assertDoesNotThrow(server::close, "Calling close() a second time threw." + WHY);
    }

    private static List<Thread> serverThreads(Set<Thread> before) {
        return Threads.startedSince(before).stream()
                .filter(thread -> {
                    ThreadGroup group = thread.getThreadGroup(); // null once the thread has ended: read it once
                    return group != null && !group.getName().equals("system")
                            && !group.getName().equals("InnocuousThreadGroup");
                })
                .toList();
    }

    private static List<Socket> connectClients(LineServer server) throws IOException {
        return connectClients(server, CLIENTS);
    }

    private static List<Socket> connectClients(LineServer server, int count) throws IOException {
        List<Socket> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket client = connect(server.port());
            clients.add(client);
            send(client, "PING");
            assertEquals("PONG", reader(client).readLine(), "The server should answer PING with PONG.");
        }
        return clients;
    }

    private static int readAfterClose(Socket client) throws IOException {
        try {
            return client.getInputStream().read();
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("A connected client was still connected 2 s after close()." + WHY, null);
        }
    }

    private static void closeAll(List<Socket> clients) throws IOException {
        for (Socket client : clients) {
            client.close();
        }
    }
}
