package fdleak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** One plain Thread per connection, tracked with its socket; close() closes and joins them. */
public final class LineServer implements AutoCloseable {

    private final ServerSocket listener;
    private final Function<String, String> handler;
    private final int idleMillis;
    private final Map<Socket, Thread> connections = new ConcurrentHashMap<>();
    private final Thread acceptor;
    private volatile boolean closed;

    private LineServer(ServerSocket listener, Function<String, String> handler, int idleMillis) {
        this.listener = listener;
        this.handler = handler;
        this.idleMillis = idleMillis;
        this.acceptor = new Thread(this::acceptLoop, "accept-" + listener.getLocalPort());
    }

    public static LineServer start(int port, Function<String, String> handler, Duration idleTimeout) throws IOException {
        if (idleTimeout.toMillis() <= 0) {
            throw new IllegalArgumentException("idleTimeout must be positive");
        }
        ServerSocket listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        LineServer server = new LineServer(listener, handler, (int) idleTimeout.toMillis());
        server.acceptor.start();
        return server;
    }

    public int port() {
        return listener.getLocalPort();
    }

    public int openConnections() {
        return connections.size();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                return;
            }
            Thread worker = new Thread(() -> serve(socket), "conn-" + socket.getPort());
            connections.put(socket, worker);
            if (closed) {
                connections.remove(socket);
                quietly(socket);
                return;
            }
            worker.start();
        }
    }

    private void serve(Socket socket) {
        try {
            socket.setSoTimeout(idleMillis);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            String line;
            while ((line = in.readLine()) != null) {
                out.write((answer(line) + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // hang-up, reset or idle timeout: fall through to close
        } finally {
            quietly(socket);
            connections.remove(socket);
        }
    }

    private String answer(String line) {
        String reply;
        try {
            reply = handler.apply(line);
        } catch (Throwable t) {
            return "ERR";
        }
        return reply != null ? reply : "ERR";
    }

    @Override
    public void close() {
        closed = true;
        quietly(listener);
        for (Socket socket : connections.keySet()) {
            quietly(socket);
        }
        join(acceptor);
        for (Thread worker : connections.values()) {
            join(worker);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void quietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
