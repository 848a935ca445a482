package errordoctor;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Wrong: connects without a timeout, trusting SO_TIMEOUT, which bounds reads only: a dropped SYN waits for minutes. */
public final class ErrorDoctor {

    private static final String TOO_MANY_OPEN_FILES = "Too many open files";

    private ErrorDoctor() {
    }

    public static Failure diagnose(Throwable failure) {
        Objects.requireNonNull(failure, "failure");
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable link = failure; link != null && seen.add(link); link = link.getCause()) {
            Failure found = classify(link);
            if (found != Failure.OTHER) {
                return found;
            }
        }
        return Failure.OTHER;
    }

    /** One link of the chain on its own; OTHER when it is no socket failure we know. */
    private static Failure classify(Throwable link) {
        String message = link.getMessage() == null ? "" : link.getMessage();
        if (link instanceof IOException && message.contains(TOO_MANY_OPEN_FILES)) {
            return Failure.TOO_MANY_OPEN_FILES;
        }
        if (link instanceof SocketTimeoutException) {
            return message.toLowerCase(Locale.ROOT).contains("connect") ? Failure.CONNECT_TIMEOUT : Failure.READ_TIMEOUT;
        }
        if (link instanceof ConnectException) {
            return switch (message) {
                case "Connection refused" -> Failure.REFUSED;
                case "Connection timed out" -> Failure.CONNECT_TIMEOUT;
                default -> Failure.OTHER;
            };
        }
        if (link instanceof BindException) {
            return Failure.ADDRESS_IN_USE;
        }
        if (link instanceof UnknownHostException) {
            return Failure.UNKNOWN_HOST;
        }
        if (link instanceof EOFException) {
            return Failure.CLOSED_EARLY;
        }
        if (link instanceof IOException && (message.equals("Connection reset") || message.equals("Connection reset by peer"))) {
            return Failure.RESET;
        }
        return Failure.OTHER;
    }

    public static Probe probe(InetSocketAddress upstream, String request, Duration timeout) {
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(request, "request");
        int millis = millis(timeout);
        try (Socket socket = new Socket()) {
            socket.connect(upstream);
            socket.setSoTimeout(millis);
            OutputStream out = socket.getOutputStream();
            out.write((request + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String reply = in.readLine();
            return reply == null ? new Probe(Failure.CLOSED_EARLY, null) : new Probe(Failure.NONE, reply);
        } catch (IOException | UncheckedIOException e) {
            return new Probe(diagnose(e), null);
        } catch (UnresolvedAddressException e) {
            return new Probe(Failure.UNKNOWN_HOST, null);
        }
    }

    /** The timeout in whole milliseconds, rounded up: 0 would mean "wait forever" to connect() and SO_TIMEOUT. */
    private static int millis(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        long millis = Math.max(1, (timeout.toNanos() + 999_999) / 1_000_000);
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }
}
