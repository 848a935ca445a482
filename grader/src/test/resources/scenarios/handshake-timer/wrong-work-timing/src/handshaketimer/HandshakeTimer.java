package handshaketimer;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Times calls to a greeting line-protocol upstream: cold (a new connection each) and warm (one kept-alive connection). */
public final class HandshakeTimer {

    private HandshakeTimer() {
    }

    /** One call on a new connection, closed afterwards; setup runs from before connect until the greeting is read. */
    public static Timing coldCall(InetSocketAddress upstream, String request, Duration timeout) throws IOException {
        return warmCalls(upstream, request, 1, timeout).get(0);
    }

    /** n calls over one kept-alive connection; only the first Timing carries the setup. */
    public static List<Timing> warmCalls(InetSocketAddress upstream, String request, int n, Duration timeout)
            throws IOException {
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(request, "request");
        int millis = timeoutMillis(timeout);
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(upstream, millis);
            socket.setSoTimeout(millis);
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            readLine(in, "the greeting");
            Duration setup = Duration.ofNanos(System.nanoTime() - start);
            List<Timing> timings = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Duration work = exchange(socket.getOutputStream(), in, request);
                timings.add(new Timing(i == 0 ? setup : Duration.ZERO, work));
            }
            return timings;
        }
    }

    private static Duration exchange(OutputStream out, BufferedReader in, String request) throws IOException {
        long start = System.nanoTime();
        out.write((request + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        Duration work = Duration.ofNanos(System.nanoTime() - start);
        readLine(in, "the reply");
        return work;
    }

    private static String readLine(BufferedReader in, String what) throws IOException {
        String line = in.readLine();
        if (line == null) {
            throw new EOFException("the upstream closed the connection before " + what);
        }
        return line;
    }

    private static int timeoutMillis(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        long millis = Math.max(1, (timeout.toNanos() + 999_999) / 1_000_000);
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }
}
