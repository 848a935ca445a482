package errordoctor;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/** Non-blocking channel and a selector: SocketChannel.read ignores SO_TIMEOUT, so the selector bounds each wait. */
public final class ErrorDoctor {

    /** Enough hops for any real chain; a chain that loops ends here instead of spinning. */
    private static final int MAX_HOPS = 64;

    private ErrorDoctor() {
    }

    public static Failure diagnose(Throwable failure) {
        if (failure == null) {
            throw new NullPointerException("failure");
        }
        Throwable link = failure;
        for (int hop = 0; hop < MAX_HOPS && link != null; hop++) {
            Failure found = one(link);
            if (found != Failure.OTHER) {
                return found;
            }
            link = link.getCause();
        }
        return Failure.OTHER;
    }

    private static Failure one(Throwable t) {
        String m = String.valueOf(t.getMessage());
        if (t instanceof IOException && m.contains("Too many open files")) {
            return Failure.TOO_MANY_OPEN_FILES;
        } else if (t instanceof SocketTimeoutException) {
            return m.toLowerCase().contains("connect") ? Failure.CONNECT_TIMEOUT : Failure.READ_TIMEOUT;
        } else if (t instanceof ConnectException) {
            if (m.equals("Connection refused")) {
                return Failure.REFUSED;
            }
            return m.equals("Connection timed out") ? Failure.CONNECT_TIMEOUT : Failure.OTHER;
        } else if (t instanceof BindException) {
            return Failure.ADDRESS_IN_USE;
        } else if (t instanceof UnknownHostException) {
            return Failure.UNKNOWN_HOST;
        } else if (t instanceof EOFException) {
            return Failure.CLOSED_EARLY;
        } else if (t instanceof IOException && m.startsWith("Connection reset")) {
            return Failure.RESET;
        }
        return Failure.OTHER;
    }

    public static Probe probe(InetSocketAddress upstream, String request, Duration timeout) {
        Objects.requireNonNull(upstream);
        Objects.requireNonNull(request);
        Objects.requireNonNull(timeout);
        if (timeout.compareTo(Duration.ZERO) <= 0) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        long millis = Math.max(1, timeout.toMillis());
        try (SocketChannel channel = SocketChannel.open(); Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            if (!channel.connect(upstream)) {
                SelectionKey key = channel.register(selector, SelectionKey.OP_CONNECT);
                if (selector.select(millis) == 0) {
                    throw new SocketTimeoutException("connect timed out");
                }
                channel.finishConnect();
                key.cancel();
                selector.selectNow();
            }
            ByteBuffer out = ByteBuffer.wrap((request + "\n").getBytes(StandardCharsets.UTF_8));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            ByteBuffer in = ByteBuffer.allocate(512);
            while (true) {
                selector.selectedKeys().clear();
                if (selector.select(millis) == 0) {
                    throw new SocketTimeoutException("read timed out");
                }
                in.clear();
                int n = channel.read(in);
                if (n < 0) {
                    return line.size() == 0 ? new Probe(Failure.CLOSED_EARLY, null)
                            : new Probe(Failure.NONE, line.toString(StandardCharsets.UTF_8));
                }
                for (int i = 0; i < n; i++) {
                    byte b = in.get(i);
                    if (b == '\n') {
                        key.cancel();
                        return new Probe(Failure.NONE, line.toString(StandardCharsets.UTF_8));
                    }
                    line.write(b);
                }
            }
        } catch (UnresolvedAddressException unresolved) {
            return new Probe(Failure.UNKNOWN_HOST, null);
        } catch (IOException e) {
            return new Probe(diagnose(e), null);
        }
    }
}
