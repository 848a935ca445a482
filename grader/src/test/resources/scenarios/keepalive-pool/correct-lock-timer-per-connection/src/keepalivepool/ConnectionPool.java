package keepalivepool;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A ReentrantLock with a Condition for waiting callers; each idle connection carries its own eviction timer,
 * scheduled when it is given back and cancelled when it is borrowed. Replies are read char by char.
 */
public final class ConnectionPool implements AutoCloseable {

    private final class Pooled {
        final Socket socket;
        final BufferedReader reader;
        final OutputStream writer;
        boolean servedOne;
        ScheduledFuture<?> eviction;

        Pooled(Socket socket) throws IOException {
            this.socket = socket;
            this.reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            this.writer = socket.getOutputStream();
        }

        void shut() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // released anyway
            }
        }
    }

    private static final class NoAnswer extends Exception {
        NoAnswer(IOException why) {
            super(why);
        }

        IOException why() {
            return (IOException) getCause();
        }
    }

    private final InetSocketAddress upstream;
    private final int maxSize;
    private final Duration idleTimeout;
    private final Duration connectTimeout;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition available = lock.newCondition();
    private final LinkedList<Pooled> idle = new LinkedList<>();
    private final ScheduledThreadPoolExecutor timers;
    private int total;
    private boolean shutDown;

    public ConnectionPool(InetSocketAddress upstream, int maxSize, Duration idleTimeout, Duration connectTimeout) {
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (maxSize <= 0) {
            throw new IllegalArgumentException("maxSize");
        }
        if (idleTimeout.toNanos() <= 0 || connectTimeout.toNanos() <= 0) {
            throw new IllegalArgumentException("timeouts must be > 0");
        }
        this.upstream = upstream;
        this.maxSize = maxSize;
        this.idleTimeout = idleTimeout;
        this.connectTimeout = connectTimeout;
        this.timers = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "pool-eviction");
            thread.setDaemon(true);
            return thread;
        });
        timers.setRemoveOnCancelPolicy(true);
    }

    public String call(String request) throws IOException {
        Objects.requireNonNull(request, "request");
        Pooled pooled = acquire();
        boolean ok = false;
        try {
            String reply;
            try {
                reply = roundTrip(pooled, request);
            } catch (NoAnswer noAnswer) {
                if (!pooled.servedOne) {
                    throw noAnswer.why();
                }
                pooled.shut();
                pooled = open();
                try {
                    reply = roundTrip(pooled, request);
                } catch (NoAnswer second) {
                    throw second.why();
                }
            }
            pooled.servedOne = true;
            ok = true;
            release(pooled, true);
            return reply;
        } finally {
            if (!ok) {
                release(pooled, false);
            }
        }
    }

    private Pooled acquire() throws IOException {
        lock.lock();
        try {
            long nanos = connectTimeout.toNanos();
            while (true) {
                if (shutDown) {
                    throw new IllegalStateException("the pool is closed");
                }
                if (!idle.isEmpty()) {
                    Pooled pooled = idle.removeLast();
                    if (pooled.eviction.cancel(false)) {
                        return pooled;
                    }
                    // its timer is running right now; that timer closes it
                    continue;
                }
                if (total < maxSize) {
                    total++;
                    break;
                }
                if (nanos <= 0) {
                    throw new IOException("pool exhausted: " + maxSize + " of " + maxSize + " connections in use");
                }
                try {
                    nanos = available.awaitNanos(nanos);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted waiting for a connection", e);
                }
            }
        } finally {
            lock.unlock();
        }
        try {
            return open();
        } catch (IOException | RuntimeException e) {
            lock.lock();
            try {
                total--;
                available.signal();
            } finally {
                lock.unlock();
            }
            throw e;
        }
    }

    private Pooled open() throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(upstream, (int) Math.min(Integer.MAX_VALUE, Math.max(1, connectTimeout.toMillis())));
            return new Pooled(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private void release(Pooled pooled, boolean healthy) {
        lock.lock();
        try {
            if (healthy && !shutDown) {
                idle.addLast(pooled);
                pooled.eviction = timers.schedule(() -> evict(pooled), idleTimeout.toNanos(), TimeUnit.NANOSECONDS);
                available.signal();
                return;
            }
            total--;
            available.signal();
        } finally {
            lock.unlock();
        }
        pooled.shut();
    }

    private void evict(Pooled pooled) {
        lock.lock();
        try {
            idle.remove(pooled);
            total--;
            available.signal();
        } finally {
            lock.unlock();
        }
        pooled.shut();
    }

    private static String roundTrip(Pooled pooled, String request) throws IOException, NoAnswer {
        try {
            pooled.writer.write((request + "\n").getBytes(StandardCharsets.UTF_8));
            pooled.writer.flush();
        } catch (IOException e) {
            throw new NoAnswer(e);
        }
        StringBuilder reply = new StringBuilder();
        boolean any = false;
        while (true) {
            int c;
            try {
                c = pooled.reader.read();
            } catch (IOException e) {
                if (!any) {
                    throw new NoAnswer(e);
                }
                throw e;
            }
            if (c < 0) {
                if (!any) {
                    throw new NoAnswer(new EOFException("closed before replying"));
                }
                throw new EOFException("closed in the middle of the reply: " + reply);
            }
            any = true;
            if (c == '\n') {
                return reply.toString();
            }
            reply.append((char) c);
        }
    }

    public int openConnections() {
        lock.lock();
        try {
            return total;
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
        List<Pooled> toShut = new ArrayList<>();
        lock.lock();
        try {
            if (shutDown) {
                return;
            }
            shutDown = true;
            for (Pooled pooled : idle) {
                if (pooled.eviction.cancel(false)) {
                    toShut.add(pooled);
                    total--;
                }
            }
            idle.clear();
            available.signalAll();
        } finally {
            lock.unlock();
        }
        timers.shutdown();
        toShut.forEach(Pooled::shut);
    }
}
