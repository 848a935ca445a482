package dev.loopback.runner.web;

import com.sun.net.httpserver.HttpServer;
import dev.loopback.runner.command.Session;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The course as a local web app: the JDK's own HTTP server bound to 127.0.0.1 only, a fresh token per start, a small
 * pool of daemon threads (so the page can poll a grade's progress while the grade runs).
 */
public final class WebServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService pool;
    private final String token;
    private final Snippets snippets;

    private WebServer(HttpServer server, ExecutorService pool, String token, Snippets snippets) {
        this.server = server;
        this.pool = pool;
        this.token = token;
        this.snippets = snippets;
    }

    /** Starts serving {@code session}'s course on 127.0.0.1:{@code port} (0: a free port). */
    public static WebServer start(Session session, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 0);
        String token = Guard.newToken();
        Snippets snippets = new Snippets(Duration.ofSeconds(20));
        server.createContext("/", new Router(session, new Guard(token, server.getAddress().getPort()), new SubmitJobs(), snippets));
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8, task -> {
            Thread thread = new Thread(task, "loopback-web-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(pool);
        server.start();
        return new WebServer(server, pool, token, snippets);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String token() {
        return token;
    }

    /** The address to open: {@code http://127.0.0.1:PORT/?token=TOKEN}. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/?token=" + token;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        snippets.close();
    }
}
