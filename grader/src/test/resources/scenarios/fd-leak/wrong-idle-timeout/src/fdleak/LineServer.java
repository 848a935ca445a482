package fdleak;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** A line server on 127.0.0.1: one reply line per request line, idle connections closed, nothing left behind. */
public final class LineServer implements AutoCloseable {

    private final ServerSocket listener;
    private final Function<String, String> handler;
    private final int idleMillis;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    private LineServer(ServerSocket listener, Function<String, String> handler, int idleMillis) {
        this.listener = listener;
        this.handler = handler;
        this.idleMillis = idleMillis;
    }

    /** Listens on 127.0.0.1 and the port (0 = any free port) and starts serving. */
    public static LineServer start(int port, Function<String, String> handler, Duration idleTimeout)
            throws IOException {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isZero() || idleTimeout.isNegative()) {
            throw new IllegalArgumentException("idle timeout must be positive: " + idleTimeout);
        }
        int idleMillis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, idleTimeout.toMillis()));
        ServerSocket listener = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
        LineServer server = new LineServer(listener, handler, idleMillis);
        server.threads.execute(server::acceptLoop);
        return server;
    }

    /** The port this server listens on. */
    public int port() {
        return listener.getLocalPort();
    }

    /** How many client connections are open now. */
    public int openConnections() {
        return connections.size();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                connections.add(socket);
                if (listener.isClosed()) {
                    socket.close();
                    return;
                }
                threads.execute(() -> serve(socket));
            } catch (IOException | RuntimeException stopped) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            new LineSession(socket, handler).run();
        } catch (IOException hangUpResetOrIdle) {
            // the connection is over either way; try-with-resources closes our side
        } finally {
            connections.remove(socket);
        }
    }

    /** Stops accepting, closes every client connection and the listener, and stops the threads; idempotent. */
    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // the listener is closed or was never usable: nothing left to release
        }
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket we are discarding: nothing else to do
            }
        }
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
