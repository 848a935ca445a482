package errordoctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A few of the lesson's failures, on real sockets on 127.0.0.1. The grader's hidden tests check much more. */
class ErrorDoctorExampleTest {

    private static final Duration TIMEOUT = Duration.ofMillis(200);

    @Test
    void anAnsweringUpstreamIsNoneWithItsReply() throws Exception {
        try (ServerSocket server = upstream(true)) {
            assertEquals(new Probe(Failure.NONE, "PONG"), ErrorDoctor.probe(address(server), "PING", TIMEOUT));
        }
    }

    @Test
    void aPortWithNothingListeningIsRefused() throws Exception {
        InetSocketAddress nobody;
        try (ServerSocket borrowed = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            nobody = address(borrowed);
        }
        assertEquals(new Probe(Failure.REFUSED, null), ErrorDoctor.probe(nobody, "PING", TIMEOUT));
        Exception refused = assertThrows(IOException.class, () -> new Socket().connect(nobody, 1_000));
        assertEquals(Failure.REFUSED, ErrorDoctor.diagnose(refused));
        assertEquals(Failure.REFUSED, ErrorDoctor.diagnose(new UncheckedIOException("wrapped", (IOException) refused)));
    }

    @Test
    void aSilentUpstreamIsAReadTimeoutAfter200Ms() throws Exception {
        try (ServerSocket server = upstream(false)) {
            long start = System.nanoTime();
            Probe probe = ErrorDoctor.probe(address(server), "PING", TIMEOUT);
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(new Probe(Failure.READ_TIMEOUT, null), probe);
            assertTrue(tookMs >= 200 && tookMs < 2_000, "took " + tookMs + " ms");
        }
    }

    @Test
    void aNullFailureIsAMistake() {
        assertThrows(NullPointerException.class, () -> ErrorDoctor.diagnose(null));
        assertThrows(IllegalArgumentException.class,
                () -> ErrorDoctor.probe(new InetSocketAddress("127.0.0.1", 9), "PING", Duration.ZERO));
    }

    private static InetSocketAddress address(ServerSocket server) {
        return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
    }

    /** Accepts connections; answers each request line with PONG, or never answers. */
    private static ServerSocket upstream(boolean answers) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept();
                        BufferedReader in = new BufferedReader(
                                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                        PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (answers) {
                            out.println("PONG");
                        }
                    }
                } catch (IOException stopped) {
                    return;
                }
            }
        }, "example-upstream");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }
}
