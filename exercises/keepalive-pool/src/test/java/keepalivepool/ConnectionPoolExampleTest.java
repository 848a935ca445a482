package keepalivepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The task page's example on a tiny echo upstream. The grader's hidden tests check much more. */
class ConnectionPoolExampleTest {

    private static final Duration IDLE = Duration.ofSeconds(55);
    private static final Duration CONNECT = Duration.ofSeconds(1);

    private final AtomicInteger accepts = new AtomicInteger();
    private ServerSocket server;

    @AfterEach
    void stopUpstream() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sequentialCallsReuseOneConnection() throws IOException {
        InetSocketAddress upstream = startUpstream(false);
        try (ConnectionPool pool = new ConnectionPool(upstream, 2, IDLE, CONNECT)) {
            assertEquals("GET /a", pool.call("GET /a"));
            assertEquals("GET /b", pool.call("GET /b"));
            assertEquals("GET /c", pool.call("GET /c"));
            assertEquals(1, accepts.get(), "connections the upstream accepted");
            assertEquals(1, pool.openConnections());
            assertEquals(1, pool.idleConnections());
        }
    }

    /** This upstream closes every connection after one reply, as if its idle timeout were very short. */
    @Test
    void aConnectionTheUpstreamClosedIsReplacedOnce() throws IOException {
        InetSocketAddress upstream = startUpstream(true);
        try (ConnectionPool pool = new ConnectionPool(upstream, 1, IDLE, CONNECT)) {
            assertEquals("GET /a", pool.call("GET /a"));
            assertEquals("GET /b", pool.call("GET /b"));
            assertEquals(2, accepts.get(), "connections the upstream accepted");
            assertEquals(1, pool.openConnections());
        }
    }

    @Test
    void aPoolNeedsRoomForOneConnection() {
        InetSocketAddress upstream = new InetSocketAddress(InetAddress.getLoopbackAddress(), 9);
        assertThrows(IllegalArgumentException.class, () -> new ConnectionPool(upstream, 0, IDLE, CONNECT));
        assertThrows(IllegalArgumentException.class, () -> new ConnectionPool(upstream, 2, Duration.ZERO, CONNECT));
    }

    /** Echoes each request line; with oneReplyEach it closes the connection after its first reply. */
    private InetSocketAddress startUpstream(boolean oneReplyEach) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(() -> serve(oneReplyEach), "example-upstream");
        acceptor.setDaemon(true);
        acceptor.start();
        return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
    }

    private void serve(boolean oneReplyEach) {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                accepts.incrementAndGet();
                Thread connection = new Thread(() -> echo(socket, oneReplyEach), "example-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException stopped) {
                return;
            }
        }
    }

    private static void echo(Socket socket, boolean oneReplyEach) {
        try (socket;
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.print(line + "\n");
                out.flush();
                if (oneReplyEach) {
                    return;
                }
            }
        } catch (IOException gone) {
            // the client went away
        }
    }
}
