package errordoctor;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A SocketChannel driven through its socket adaptor (whose streams honour SO_TIMEOUT), and a classifier written
 * as an ordered table of rules.
 */
public final class ErrorDoctor {

    private record Rule(Predicate<Throwable> matches, Failure failure) {
    }

    private static final Map<String, Failure> CONNECT_WORDS = Map.of(
            "Connection refused", Failure.REFUSED, "Connection timed out", Failure.CONNECT_TIMEOUT);

    private static final Rule[] RULES = {
        new Rule(t -> t instanceof IOException && text(t).contains("Too many open files"), Failure.TOO_MANY_OPEN_FILES),
        new Rule(t -> t instanceof SocketTimeoutException && text(t).matches("(?is).*connect.*"), Failure.CONNECT_TIMEOUT),
        new Rule(t -> t instanceof SocketTimeoutException, Failure.READ_TIMEOUT),
        new Rule(t -> t instanceof ConnectException && CONNECT_WORDS.get(text(t)) == Failure.REFUSED, Failure.REFUSED),
        new Rule(t -> t instanceof ConnectException && CONNECT_WORDS.get(text(t)) == Failure.CONNECT_TIMEOUT,
                Failure.CONNECT_TIMEOUT),
        new Rule(t -> t instanceof IOException
                && Set.of("Connection reset", "Connection reset by peer").contains(text(t)), Failure.RESET),
        new Rule(t -> t instanceof EOFException, Failure.CLOSED_EARLY),
        new Rule(t -> t instanceof BindException, Failure.ADDRESS_IN_USE),
        new Rule(t -> t instanceof UnknownHostException, Failure.UNKNOWN_HOST),
    };

    private ErrorDoctor() {
    }

    private static String text(Throwable t) {
        return t.getMessage() == null ? "" : t.getMessage();
    }

    public static Failure diagnose(Throwable failure) {
        Objects.requireNonNull(failure, "failure");
        Set<Throwable> seen = new HashSet<>();
        return Stream.iterate(failure, t -> t != null && seen.add(t), Throwable::getCause)
                .map(ErrorDoctor::classify)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Failure.OTHER);
    }

    private static Optional<Failure> classify(Throwable t) {
        return Stream.of(RULES).filter(rule -> rule.matches().test(t)).map(Rule::failure).findFirst();
    }

    public static Probe probe(InetSocketAddress upstream, String request, Duration timeout) {
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(request, "request");
        if (Objects.requireNonNull(timeout, "timeout").toNanos() <= 0) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        try (SocketChannel channel = SocketChannel.open()) {
            Socket socket = channel.socket();
            socket.connect(upstream, millis);
            socket.setSoTimeout(millis);
            channel.write(ByteBuffer.wrap((request + "\n").getBytes(StandardCharsets.UTF_8)));
            String reply = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            return reply != null ? new Probe(Failure.NONE, reply) : new Probe(Failure.CLOSED_EARLY, null);
        } catch (IOException | UncheckedIOException | UnresolvedAddressException e) {
            return new Probe(e instanceof UnresolvedAddressException ? Failure.UNKNOWN_HOST : diagnose(e), null);
        }
    }
}
