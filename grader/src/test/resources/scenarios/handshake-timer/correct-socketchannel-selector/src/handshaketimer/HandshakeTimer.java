package handshaketimer;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Non-blocking SocketChannel and a Selector: every wait is a select() bounded by the timeout. */
public final class HandshakeTimer {

    private HandshakeTimer() {
    }

    public static Timing coldCall(InetSocketAddress upstream, String request, Duration timeout) throws IOException {
        List<Timing> timings = warmCalls(upstream, request, 1, timeout);
        return timings.get(0);
    }

    public static List<Timing> warmCalls(InetSocketAddress upstream, String request, int n, Duration timeout)
            throws IOException {
        Objects.requireNonNull(upstream);
        Objects.requireNonNull(request);
        Objects.requireNonNull(timeout);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1");
        }
        long waitMillis = Math.max(1, timeout.toMillis());
        long start = System.nanoTime();
        try (SocketChannel channel = SocketChannel.open(); Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            if (!channel.connect(upstream)) {
                channel.register(selector, SelectionKey.OP_CONNECT);
                if (selector.select(waitMillis) == 0) {
                    throw new SocketTimeoutException("connect timed out");
                }
                channel.finishConnect();
            }
            LineReader reader = new LineReader(channel, selector, waitMillis);
            reader.readLine();
            Duration setup = Duration.ofNanos(System.nanoTime() - start);
            List<Timing> timings = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long sent = System.nanoTime();
                ByteBuffer out = ByteBuffer.wrap((request + "\n").getBytes(StandardCharsets.UTF_8));
                while (out.hasRemaining()) {
                    channel.write(out);
                }
                reader.readLine();
                timings.add(new Timing(i == 0 ? setup : Duration.ZERO, Duration.ofNanos(System.nanoTime() - sent)));
            }
            return timings;
        }
    }

    private static final class LineReader {
        private final SocketChannel channel;
        private final Selector selector;
        private final long waitMillis;
        private final ByteBuffer buffer = ByteBuffer.allocate(4096);
        private final StringBuilder pending = new StringBuilder();

        LineReader(SocketChannel channel, Selector selector, long waitMillis) {
            this.channel = channel;
            this.selector = selector;
            this.waitMillis = waitMillis;
        }

        String readLine() throws IOException {
            while (pending.indexOf("\n") < 0) {
                selector.selectedKeys().clear();
                SelectionKey key = channel.keyFor(selector);
                if (key == null) {
                    channel.register(selector, SelectionKey.OP_READ);
                } else {
                    key.interestOps(SelectionKey.OP_READ);
                }
                if (selector.select(waitMillis) == 0) {
                    throw new SocketTimeoutException("read timed out");
                }
                buffer.clear();
                int read = channel.read(buffer);
                if (read < 0) {
                    throw new EOFException("upstream closed the connection");
                }
                buffer.flip();
                pending.append(StandardCharsets.UTF_8.decode(buffer));
            }
            int end = pending.indexOf("\n");
            String line = pending.substring(0, end);
            pending.delete(0, end + 1);
            return line;
        }
    }
}
