package keepalivepool;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A pool of kept-alive connections to one upstream that speaks a line protocol: each request line gets one
 * reply line. Idle connections are reused, closed once idle for idleTimeout (before the upstream's own idle
 * timeout ends them), and a reused connection the upstream has already closed is replaced once. Thread-safe.
 */
public final class ConnectionPool implements AutoCloseable {

    private final InetSocketAddress upstream;
    private final int maxSize;
    private final long idleNanos;
    private final long connectNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition returned = lock.newCondition();
    /** Idle connections, the most recently returned first: the oldest ones age out at the end. */
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final ScheduledExecutorService reaper;
    /** Idle, in use, or being connected: never more than maxSize. */
    private int open;
    private boolean closed;

    public ConnectionPool(InetSocketAddress upstream, int maxSize, Duration idleTimeout, Duration connectTimeout) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be at least 1, was " + maxSize);
        }
        if (idleTimeout.isNegative()) { // Mistake: Duration.ZERO passes
            throw new IllegalArgumentException("idleTimeout must be positive, was " + idleTimeout);
        }
        if (connectTimeout.isZero() || connectTimeout.isNegative()) {
            throw new IllegalArgumentException("connectTimeout must be positive, was " + connectTimeout);
        }
        this.maxSize = maxSize;
        this.idleNanos = idleTimeout.toNanos();
        this.connectNanos = connectTimeout.toNanos();
        this.reaper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "keepalive-pool-reaper");
            thread.setDaemon(true);
            return thread;
        });
        // Often enough that an idle connection is closed well within a second of its timeout.
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(5), Math.min(idleNanos / 2, TimeUnit.MILLISECONDS.toNanos(200)));
        reaper.scheduleWithFixedDelay(this::evictIdle, period, period, TimeUnit.NANOSECONDS);
    }

    public String call(String request) throws IOException {
        Objects.requireNonNull(request, "request");
        Connection connection = borrow();
        try {
            String reply;
            try {
                reply = connection.exchange(request);
            } catch (Connection.NoReply stale) {
                if (!connection.reused()) {
                    throw stale.failure();
                }
                // The upstream closed it while it sat idle: replace it in the same slot and try once more.
                connection.close();
                connection = Connection.open(upstream, connectMillis());
                try {
                    reply = connection.exchange(request);
                } catch (Connection.NoReply again) {
                    throw again.failure();
                }
            }
            giveBack(connection);
            connection = null;
            return reply;
        } finally {
            if (connection != null) {
                discard(connection);
            }
        }
    }

    public int openConnections() {
        lock.lock();
        try {
            return open;
        } finally {
            lock.unlock();
        }
    }

    public int idleConnections() {
        lock.lock();
        try {
            return idle.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        List<Connection> toClose;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            toClose = new ArrayList<>(idle);
            idle.clear();
            open -= toClose.size();
            returned.signalAll();
        } finally {
            lock.unlock();
        }
        reaper.shutdownNow();
        toClose.forEach(Connection::close);
    }

    /** An idle connection that has not timed out, else a slot for a new one, else waits up to connectTimeout. */
    private Connection borrow() throws IOException {
        List<Connection> expired = new ArrayList<>();
        try {
            lock.lock();
            try {
                long deadline = System.nanoTime() + connectNanos;
                while (true) {
                    if (closed) {
                        throw new IllegalStateException("the connection pool is closed");
                    }
                    long now = System.nanoTime();
                    while (!idle.isEmpty()) {
                        Connection candidate = idle.pollFirst();
                        if (!candidate.idleFor(idleNanos, now)) {
                            return candidate;
                        }
                        expired.add(candidate);
                        open--;
                    }
                    if (open < maxSize) {
                        open++;
                        break;
                    }
                    long left = deadline - now;
                    if (left <= 0) {
                        throw new IOException("connection pool exhausted: all " + maxSize + " connections to "
                                + upstream + " stayed in use for " + Duration.ofNanos(connectNanos).toMillis() + " ms");
                    }
                    returned.awaitNanos(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for a pooled connection", e);
            } finally {
                lock.unlock();
            }
        } finally {
            expired.forEach(Connection::close);
        }
        try {
            return Connection.open(upstream, connectMillis());
        } catch (IOException | RuntimeException e) {
            release();
            throw e;
        }
    }

    /** Back to the pool after a successful call, or closed when the pool has been closed meanwhile. */
    private void giveBack(Connection connection) {
        lock.lock();
        try {
            if (!closed) {
                connection.idleSince(System.nanoTime());
                idle.addFirst(connection);
                returned.signal();
                return;
            }
        } finally {
            lock.unlock();
        }
        discard(connection);
    }

    /** Closes a connection that failed (or outlived the pool) and frees its slot. */
    private void discard(Connection connection) {
        connection.close();
        release();
    }

    private void release() {
        lock.lock();
        try {
            open--;
            returned.signal();
        } finally {
            lock.unlock();
        }
    }

    private void evictIdle() {
        List<Connection> expired = new ArrayList<>();
        lock.lock();
        try {
            long now = System.nanoTime();
            for (Iterator<Connection> it = idle.descendingIterator(); it.hasNext(); ) {
                Connection connection = it.next();
                if (connection.idleFor(idleNanos, now)) {
                    it.remove();
                    expired.add(connection);
                    open--;
                }
            }
            if (!expired.isEmpty()) {
                returned.signalAll();
            }
        } finally {
            lock.unlock();
        }
        expired.forEach(Connection::close);
    }

    private int connectMillis() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(connectNanos)));
    }
}
