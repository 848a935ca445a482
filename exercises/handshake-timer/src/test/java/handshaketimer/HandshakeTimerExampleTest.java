package handshaketimer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lesson's example: greeting after 60 ms, reply after 20 ms. The grader's hidden tests check much more. */
class HandshakeTimerExampleTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private ServerSocket server;

    @BeforeEach
    void startUpstream() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(this::serve, "example-upstream");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stopUpstream() throws IOException {
        server.close();
    }

    @Test
    void aColdCallPaysForTheGreeting() throws IOException {
        Timing timing = HandshakeTimer.coldCall(address(), "PING", TIMEOUT);
        assertTrue(timing.setup().toMillis() >= 60, "setup was " + timing.setup().toMillis() + " ms");
        assertTrue(timing.work().toMillis() >= 20, "work was " + timing.work().toMillis() + " ms");
    }

    @Test
    void warmCallsPayForTheGreetingOnce() throws IOException {
        List<Timing> timings = HandshakeTimer.warmCalls(address(), "PING", 3, TIMEOUT);
        assertEquals(3, timings.size());
        assertTrue(timings.get(0).setup().toMillis() >= 60);
        assertEquals(Duration.ZERO, timings.get(1).setup());
        assertEquals(Duration.ZERO, timings.get(2).setup());
    }

    private InetSocketAddress address() {
        return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
    }

    /** Greets 60 ms after accepting, then answers every line with PONG after 20 ms. */
    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept();
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
                Thread.sleep(60);
                out.println("HELLO");
                while (in.readLine() != null) {
                    Thread.sleep(20);
                    out.println("PONG");
                }
            } catch (IOException | InterruptedException stopped) {
                return;
            }
        }
    }
}
