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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A line server on 127.0.0.1: one reply line per request line, from the handler ("ERR" when the handler fails).
 * A connection idle for longer than idleTimeout is closed; when a client hangs up, the server closes its side;
 * close() stops accepting, closes every client connection and the listener, and stops its threads.
 */
public final class LineServer implements AutoCloseable {

    private final ServerSocket listener;
    private final Function<String, String> handler;
    private final AtomicInteger open = new AtomicInteger();

    private LineServer(ServerSocket listener, Function<String, String> handler) {
        this.listener = listener;
        this.handler = handler;
    }

    /** Listens on 127.0.0.1 and the port (0 = any free port) and starts serving. */
    public static LineServer start(int port, Function<String, String> handler, Duration idleTimeout)
            throws IOException {
        LineServer server = new LineServer(new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1")), handler);
        Thread acceptor = new Thread(server::acceptLoop, "line-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    /** The port this server listens on. */
    public int port() {
        return listener.getLocalPort();
    }

    /** How many client connections are open now. */
    public int openConnections() {
        return open.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                open.incrementAndGet();
                Thread connection = new Thread(() -> serve(socket), "line-server-conn");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException stopped) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try {
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            String line;
            while ((line = in.readLine()) != null) {
                out.write((handler.apply(line) + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException broken) {
            return;
        } finally {
            open.decrementAndGet();
        }
    }

    /** Stops the server. */
    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
