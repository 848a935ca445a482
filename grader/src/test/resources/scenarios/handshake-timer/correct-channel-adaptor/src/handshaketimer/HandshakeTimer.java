package handshaketimer;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A SocketChannel's socket adaptor with PrintWriter/BufferedReader, timed with Instant. */
public final class HandshakeTimer {

    private HandshakeTimer() {
    }

    public static Timing coldCall(InetSocketAddress upstream, String request, Duration timeout) throws IOException {
        check(timeout);
        Instant start = Instant.now();
        try (SocketChannel channel = SocketChannel.open()) {
            Socket socket = channel.socket();
            socket.connect(upstream, (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter out = new PrintWriter(socket.getOutputStream(), false, StandardCharsets.UTF_8);
            expectLine(in);
            Instant greeted = Instant.now();
            out.print(request + "\n");
            out.flush();
            expectLine(in);
            return new Timing(Duration.between(start, greeted), Duration.between(greeted, Instant.now()));
        }
    }

    public static List<Timing> warmCalls(InetSocketAddress upstream, String request, int n, Duration timeout)
            throws IOException {
        check(timeout);
        if (n < 1) {
            throw new IllegalArgumentException("n < 1");
        }
        Instant start = Instant.now();
        try (SocketChannel channel = SocketChannel.open()) {
            Socket socket = channel.socket();
            socket.connect(upstream, (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter out = new PrintWriter(socket.getOutputStream(), false, StandardCharsets.UTF_8);
            expectLine(in);
            Duration setup = Duration.between(start, Instant.now());
            List<Timing> timings = new ArrayList<>();
            while (timings.size() < n) {
                Instant sent = Instant.now();
                out.print(request + "\n");
                out.flush();
                expectLine(in);
                timings.add(new Timing(timings.isEmpty() ? setup : Duration.ZERO, Duration.between(sent, Instant.now())));
            }
            return timings;
        }
    }

    private static void check(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.toMillis() < 1) {
            throw new IllegalArgumentException("timeout must be at least 1 ms");
        }
    }

    private static void expectLine(BufferedReader in) throws IOException {
        if (in.readLine() == null) {
            throw new EOFException("end of stream");
        }
    }
}
