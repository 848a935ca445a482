package dev.loopback.runner.web;

import com.sun.net.httpserver.HttpServer;
import dev.loopback.runner.command.Session;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The course as a local web app: the JDK's own HTTP server bound to 127.0.0.1 only, a fresh token per start, a bounded
 * pool of daemon threads (so the page can poll a grade's progress while the grade runs).
 *
 * <p>Any local process may connect, token or not, and the JDK server reads a request's headers on a pool thread, so
 * slow clients are bounded twice: a request's headers must arrive whole within {@link #REQUEST_SECONDS} (the JDK's
 * {@code sun.net.httpserver.maxReqTime}; the connection is closed otherwise), and the pool has {@link #THREADS} threads
 * (made when needed, gone when idle), so a few stalled connections or open event streams never stop the learner's pages.
 */
public final class WebServer implements AutoCloseable {
    /** Seconds a request's line and headers may take to arrive. */
    static final int REQUEST_SECONDS = 10;
    /** Requests handled at once; more wait their turn. */
    static final int THREADS = 64;

    static {
        // read once, when the JDK server's configuration class loads, which is the first server made in this JVM
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
        }
    }

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
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "loopback-web-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
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
