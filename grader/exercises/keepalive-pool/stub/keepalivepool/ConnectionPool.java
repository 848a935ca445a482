package keepalivepool;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * A pool of kept-alive connections to one upstream that speaks a line protocol: each request line gets one
 * reply line. Idle connections are reused, closed once idle for idleTimeout (before the upstream's own idle
 * timeout ends them), and a reused connection the upstream has already closed is replaced once. Thread-safe.
 */
public final class ConnectionPool implements AutoCloseable {

    /**
     * A pool of at most maxSize connections (maxSize >= 1) to upstream. idleTimeout: how long a connection may
     * sit unused before the pool closes it. connectTimeout: bounds connect() and the wait for a free connection.
     * Null arguments throw NullPointerException; maxSize < 1 or a zero or negative duration throws
     * IllegalArgumentException.
     */
    public ConnectionPool(InetSocketAddress upstream, int maxSize, Duration idleTimeout, Duration connectTimeout) {
        throw new UnsupportedOperationException("TODO: check the arguments and set up an empty pool");
    }

    /**
     * Sends one request line and returns the reply line, over an idle connection if there is one, else a new one
     * while fewer than maxSize are open, else after waiting up to connectTimeout for one to come back (then an
     * IOException that says the pool is exhausted). A reused connection that fails before any byte of the reply
     * is closed and the call retried once on a new connection; any other failure closes the connection and is
     * rethrown. After close(): IllegalStateException.
     */
    public String call(String request) throws IOException {
        throw new UnsupportedOperationException("TODO: borrow a connection, write the line, read one line, give it back");
    }

    /** Connections open now: idle plus in use. */
    public int openConnections() {
        throw new UnsupportedOperationException("TODO: count idle and in-use connections");
    }

    /** Connections open now and waiting in the pool for a call. */
    public int idleConnections() {
        throw new UnsupportedOperationException("TODO: count idle connections");
    }

    /** Closes idle connections now and in-use ones when their call ends; callers then get IllegalStateException. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO: close idle connections, wake waiting callers, refuse new calls");
    }
}
