package errordoctor;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain Socket closed in finally, bytes read one at a time, and a recursive walk of the causes. */
public final class ErrorDoctor {

    private ErrorDoctor() {
    }

    public static Failure diagnose(Throwable failure) {
        if (failure == null) {
            throw new NullPointerException("nothing to diagnose");
        }
        return walk(failure, new ArrayList<>());
    }

    private static Failure walk(Throwable t, List<Throwable> visited) {
        if (t == null) {
            return Failure.OTHER;
        }
        for (Throwable v : visited) {
            if (v == t) {
                return Failure.OTHER;
            }
        }
        visited.add(t);
        Failure here = kind(t);
        return here != Failure.OTHER ? here : walk(t.getCause(), visited);
    }

    private static Failure kind(Throwable t) {
        String message = t.getMessage();
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (t instanceof IOException && lower.contains("too many open files")) {
            return Failure.TOO_MANY_OPEN_FILES;
        }
        if (t instanceof SocketTimeoutException) {
            return lower.contains("connect") ? Failure.CONNECT_TIMEOUT : Failure.READ_TIMEOUT;
        }
        if (t instanceof ConnectException) {
            if (lower.contains("refused")) {
                return Failure.REFUSED;
            }
            return lower.contains("timed out") ? Failure.CONNECT_TIMEOUT : Failure.OTHER;
        }
        if (t instanceof EOFException) {
            return Failure.CLOSED_EARLY;
        }
        if (t instanceof BindException) {
            return Failure.ADDRESS_IN_USE;
        }
        if (t instanceof UnknownHostException) {
            return Failure.UNKNOWN_HOST;
        }
        if (t instanceof IOException && lower.contains("connection reset")) {
            return Failure.RESET;
        }
        return Failure.OTHER;
    }

    public static Probe probe(InetSocketAddress upstream, String request, Duration timeout) {
        if (upstream == null || request == null || timeout == null) {
            throw new NullPointerException("upstream, request and timeout are required");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        Socket socket = new Socket();
        try {
            socket.connect(upstream, millis);
            socket.setSoTimeout(millis);
            socket.getOutputStream().write((request + "\n").getBytes(StandardCharsets.UTF_8));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                reply.write(b);
            }
            if (b == -1 && reply.size() == 0) {
                return new Probe(Failure.CLOSED_EARLY, null);
            }
            return new Probe(Failure.NONE, reply.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Probe(diagnose(e), null);
        } finally {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the probe's answer stands whether or not the close complained
            }
        }
    }
}
