package fdleak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** A blocking ServerSocketChannel, channels served on an executor, idle timeout through the socket adaptor. */
public final class LineServer implements AutoCloseable {

    private final ServerSocketChannel server;
    private final Function<String, String> handler;
    private final Duration idle;
    private final Set<SocketChannel> open = Collections.synchronizedSet(new HashSet<>());
    private final ExecutorService pool = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "line-server");
        thread.setDaemon(true);
        return thread;
    });

    private LineServer(ServerSocketChannel server, Function<String, String> handler, Duration idle) {
        this.server = server;
        this.handler = handler;
        this.idle = idle;
    }

    public static LineServer start(int port, Function<String, String> handler, Duration idleTimeout) throws IOException {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout " + idleTimeout);
        }
        ServerSocketChannel channel = ServerSocketChannel.open();
        channel.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        LineServer server = new LineServer(channel, handler, idleTimeout);
        server.pool.submit(server::accept);
        return server;
    }

    public int port() {
        return server.socket().getLocalPort();
    }

    public int openConnections() {
        return open.size();
    }

    private void accept() {
        try {
            while (true) {
                SocketChannel client = server.accept();
                open.add(client);
                if (!server.isOpen()) {
                    client.close();
                    return;
                }
                pool.submit(() -> talk(client));
            }
        } catch (IOException | RuntimeException stop) {
            // the server channel was closed
        }
    }

    private void talk(SocketChannel client) {
        try (client) {
            Socket socket = client.socket();
            socket.setSoTimeout((int) Math.max(1, idle.toMillis()));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
            for (String line; (line = in.readLine()) != null; ) {
                out.print(reply(line) + "\n");
                out.flush();
            }
        } catch (IOException over) {
            // closed by try-with-resources
        } finally {
            open.remove(client);
        }
    }

    private String reply(String line) {
        try {
            String reply = handler.apply(line);
            return reply == null ? "ERR" : reply;
        } catch (Exception | Error e) {
            return "ERR";
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
        synchronized (open) {
            for (SocketChannel client : open) {
                try {
                    client.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
