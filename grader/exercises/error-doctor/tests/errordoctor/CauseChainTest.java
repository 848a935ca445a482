package errordoctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.Loopback;
import dev.loopback.fixture.RefusedPort;
import dev.loopback.fixture.Reply;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Wrapped failures are compared with the learner's own diagnosis of the failure inside, so a classification
 * mistake (another criterion's) is never charged here a second time.
 */
@Tag("cause-chain")
class CauseChainTest extends DoctorTest {

    private static final String IDEA = " Callers wrap: an executor's ExecutionException, a CompletableFuture's"
            + " CompletionException, UncheckedIOException in a stream, an IOException that adds context. The socket"
            + " failure is still in there: follow getCause(), outermost first, classify the first socket failure"
            + " you find, and stop when a cause repeats." + ERRORS;

    @Test
    void wrappedFailuresAreDiagnosedLikeTheFailureInside() throws Exception {
        Map<String, IOException> inner = realFailures();
        Random random = random("cause-chain/wrappers");
        List<String> wrappers = List.of("UncheckedIOException", "ExecutionException", "CompletionException",
                "IOException");
        boolean anySocketFailure = false;
        for (Map.Entry<String, IOException> entry : inner.entrySet()) {
            Failure alone = diagnose(entry.getValue());
            anySocketFailure |= alone != Failure.OTHER;
            for (String wrapper : wrappers) {
                Throwable wrapped = wrap(wrapper, entry.getValue());
                assertEquals(alone, diagnose(wrapped), "diagnose() of " + describe(wrapped) + " gave "
                        + diagnose(wrapped) + ", but of the " + entry.getKey() + " inside it alone " + alone + "."
                        + IDEA);
            }
            int depth = 2 + random.nextInt(3);
            Throwable nested = entry.getValue();
            for (int i = 0; i < depth; i++) {
                nested = wrap(wrappers.get(random.nextInt(wrappers.size())), nested);
            }
            assertEquals(alone, diagnose(nested), "diagnose() of " + describe(nested) + " gave " + diagnose(nested)
                    + ", but of the " + entry.getKey() + " inside it alone " + alone + ". " + REPLAY + IDEA);
        }
        assertTrue(anySocketFailure, "diagnose() gave OTHER for every real socket failure here (" + inner.keySet()
                + "), so there is nothing to find inside a wrapper yet: classify the failures themselves first."
                + IDEA);
    }

    @Test
    void aLoopingChainOfCausesEnds() {
        IOException retry = new IOException("retry failed");
        UncheckedIOException again = new UncheckedIOException("retry failed again", retry);
        retry.initCause(again);
        assertEquals(Failure.OTHER, diagnose(retry), "diagnose() of two wrappers that name each other as their cause,"
                + " with no socket failure in them, gave " + diagnose(retry) + " instead of OTHER." + IDEA);

        EOFException ended = new EOFException(fresh("the upstream closed the connection before the reply"));
        IOException context = new IOException("probe failed", ended);
        ended.initCause(context);
        Failure alone = diagnose(new EOFException(fresh("the upstream closed the connection before the reply")));
        assertEquals(alone, diagnose(context), "diagnose() of an IOException around an EOFException whose cause loops"
                + " back to the IOException gave " + diagnose(context) + ", but of an EOFException alone " + alone
                + "." + IDEA);
    }

    /** One real failure of each kind, caught from real sockets on 127.0.0.1. */
    private static Map<String, IOException> realFailures() throws Exception {
        Map<String, IOException> failures = new LinkedHashMap<>();
        InetSocketAddress nobody = RefusedPort.address();
        failures.put("refused connect", io(thrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(nobody, 2_000);
            }
        }, "refused connect")));
        try (FakeUpstream silent = FakeUpstream.script().reply(Reply.silence()).start();
                FakeUpstream resetting = FakeUpstream.script().reply(Reply.reset()).start();
                FakeUpstream hangingUp = FakeUpstream.script().reply(Reply.hangUp()).start()) {
            failures.put("read timeout", io(thrownBy(() -> {
                try (Socket socket = connect(silent.address())) {
                    socket.setSoTimeout(50);
                    send(socket, "PING");
                    readLine(socket);
                }
            }, "read timeout")));
            failures.put("reset", io(thrownBy(() -> {
                try (Socket socket = connect(resetting.address())) {
                    send(socket, "PING");
                    readLine(socket);
                }
            }, "reset")));
            failures.put("end of stream", io(thrownBy(() -> {
                try (Socket socket = connect(hangingUp.address())) {
                    send(socket, "PING");
                    new DataInputStream(socket.getInputStream()).readInt();
                }
            }, "end of stream")));
        }
        try (ServerSocket taken = new ServerSocket(0, 1, Loopback.address())) {
            failures.put("bind to a taken port", io(thrownBy(
                    () -> new ServerSocket(taken.getLocalPort(), 1, Loopback.address()).close(), "second bind")));
        }
        failures.put("unknown host", io(thrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(InetSocketAddress.createUnresolved("no-such-host.invalid", 80), 2_000);
            }
        }, "unresolved connect")));
        return failures;
    }

    private static IOException io(Exception e) {
        if (e instanceof IOException io) {
            return io;
        }
        throw new IllegalStateException("the test's own socket failed with " + e + ", not an IOException");
    }

    /** The wrapper as the JDK makes it where it can: a real executor, a real CompletableFuture. */
    private static Throwable wrap(String wrapper, Throwable inner) throws Exception {
        return switch (wrapper) {
            case "UncheckedIOException" -> inner instanceof IOException io
                    ? new UncheckedIOException("probe failed", io) : new UncheckedIOException(new IOException(inner));
            case "ExecutionException" -> throughExecutor(inner);
            case "CompletionException" -> throughFuture(inner);
            case "IOException" -> new IOException("probe of the upstream failed", inner);
            default -> throw new IllegalArgumentException(wrapper);
        };
    }

    private static Throwable throughExecutor(Throwable inner) throws InterruptedException {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            executor.submit(() -> {
                throw inner instanceof Exception e ? e : new Exception(inner);
            }).get();
            throw new IllegalStateException("the test's executor did not fail");
        } catch (ExecutionException wrapped) {
            return wrapped;
        } finally {
            executor.shutdownNow();
        }
    }

    private static Throwable throughFuture(Throwable inner) {
        UnaryOperator<Throwable> unchecked = t -> t instanceof RuntimeException r ? r : new CompletionException(t);
        try {
            CompletableFuture.supplyAsync(() -> {
                throw (RuntimeException) unchecked.apply(inner);
            }).join();
            throw new IllegalStateException("the test's future did not fail");
        } catch (CompletionException wrapped) {
            return wrapped;
        }
    }

    private static String describe(Throwable wrapped) {
        List<String> names = new ArrayList<>();
        for (Throwable t = wrapped; t != null && names.size() < 8; t = t.getCause()) {
            names.add(t.getClass().getSimpleName());
        }
        return String.join(" around ", names);
    }
}
