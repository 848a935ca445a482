package handshaketimer;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Plain Socket, bytes read one at a time, and an explicit finally instead of try-with-resources. */
public final class HandshakeTimer {

    private HandshakeTimer() {
    }

    public static Timing coldCall(InetSocketAddress upstream, String request, Duration timeout) throws IOException {
        int millis = millis(timeout);
        long begin = System.nanoTime();
        Socket socket = new Socket();
        try {
            socket.connect(upstream, millis);
            socket.setSoTimeout(millis);
            InputStream in = socket.getInputStream();
            line(in);
            long greeted = System.nanoTime();
            long sent = System.nanoTime();
            send(socket.getOutputStream(), request);
            line(in);
            long replied = System.nanoTime();
            return new Timing(Duration.ofNanos(greeted - begin), Duration.ofNanos(replied - sent));
        } finally {
            socket.close();
        }
    }

    public static List<Timing> warmCalls(InetSocketAddress upstream, String request, int n, Duration timeout)
            throws IOException {
        if (n <= 0) {
            throw new IllegalArgumentException("at least one call, got " + n);
        }
        List<Timing> result = new ArrayList<>();
        for (int call = 0; call < n; call++) {
            result.add(coldCall(upstream, request, timeout));
        }
        return result;
    }

    private static int millis(Duration timeout) {
        if (timeout.toNanos() <= 0) {
            throw new IllegalArgumentException("timeout must be > 0");
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }

    private static void send(OutputStream out, String request) throws IOException {
        out.write((request + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed before a full line");
            }
            line.append((char) b);
        }
        return line.toString();
    }
}
