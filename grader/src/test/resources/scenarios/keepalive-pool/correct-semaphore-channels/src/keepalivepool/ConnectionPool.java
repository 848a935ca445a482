package keepalivepool;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Semaphore of in-use slots, a lock-free deque of idle connections, blocking SocketChannels and a scheduled
 * reaper. close() floods the semaphore with permits so every waiting caller wakes and sees the pool closed.
 */
public final class ConnectionPool implements AutoCloseable {

    private static final int WAKE_ALL = 1 << 20;

    private record Idle(Channel channel, long since) {
    }

    private static final class Channel {
        final SocketChannel socket;
        boolean answeredBefore;

        Channel(SocketChannel socket) {
            this.socket = socket;
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /** No byte of the reply came back. */
    private static final class Silent extends IOException {
        Silent(IOException cause) {
            super(cause);
        }
    }

    private final InetSocketAddress upstream;
    private final long idleNanos;
    private final long connectNanos;
    private final Semaphore inUse;
    private final ConcurrentLinkedDeque<Idle> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger open = new AtomicInteger();
    private final ScheduledExecutorService reaper;
    private volatile boolean closed;

    public ConnectionPool(InetSocketAddress upstream, int maxSize, Duration idleTimeout, Duration connectTimeout) {
        this.upstream = Objects.requireNonNull(upstream);
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize < 1");
        }
        if (!Objects.requireNonNull(idleTimeout).isNegative() && !idleTimeout.isZero()
                && !Objects.requireNonNull(connectTimeout).isNegative() && !connectTimeout.isZero()) {
            this.idleNanos = idleTimeout.toNanos();
            this.connectNanos = connectTimeout.toNanos();
        } else {
            Objects.requireNonNull(connectTimeout);
            throw new IllegalArgumentException("timeouts must be positive");
        }
        this.inUse = new Semaphore(maxSize, true);
        this.reaper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "idle-reaper");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, Math.min(idleTimeout.toMillis() / 3, 300));
        reaper.scheduleAtFixedRate(this::evict, every, every, TimeUnit.MILLISECONDS);
    }

    public String call(String request) throws IOException {
        Objects.requireNonNull(request, "request");
        if (closed) {
            throw new IllegalStateException("closed");
        }
        try {
            if (!inUse.tryAcquire(connectNanos, TimeUnit.NANOSECONDS)) {
                throw new IOException("connection pool exhausted after " + connectNanos / 1_000_000 + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        try {
            if (closed) {
                throw new IllegalStateException("closed");
            }
            return callHolding(request);
        } finally {
            inUse.release();
        }
    }

    private String callHolding(String request) throws IOException {
        Channel channel = freshIdle();
        if (channel == null) {
            channel = connect();
        }
        try {
            String reply;
            try {
                reply = exchange(channel, request);
            } catch (Silent silent) {
                if (!channel.answeredBefore) {
                    throw (IOException) silent.getCause();
                }
                channel.close();
                open.decrementAndGet();
                channel = null;
                channel = connect();
                try {
                    reply = exchange(channel, request);
                } catch (Silent again) {
                    throw (IOException) again.getCause();
                }
            }
            channel.answeredBefore = true;
            giveBack(channel);
            channel = null;
            return reply;
        } finally {
            if (channel != null) {
                channel.close();
                open.decrementAndGet();
            }
        }
    }

    private Channel freshIdle() {
        long now = System.nanoTime();
        for (Idle entry = idle.pollLast(); entry != null; entry = idle.pollLast()) {
            if (now - entry.since() < idleNanos) {
                return entry.channel();
            }
            entry.channel().close();
            open.decrementAndGet();
        }
        return null;
    }

    private Channel connect() throws IOException {
        open.incrementAndGet();
        SocketChannel socket = SocketChannel.open();
        try {
            socket.socket().connect(upstream, (int) Math.max(1, Math.min(Integer.MAX_VALUE, connectNanos / 1_000_000)));
            return new Channel(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            open.decrementAndGet();
            throw e;
        }
    }

    private void giveBack(Channel channel) {
        if (closed) {
            channel.close();
            open.decrementAndGet();
            return;
        }
        Idle entry = new Idle(channel, System.nanoTime());
        idle.addLast(entry);
        if (closed && idle.remove(entry)) {
            channel.close();
            open.decrementAndGet();
        }
    }

    private static String exchange(Channel channel, String request) throws IOException {
        ByteBuffer out = ByteBuffer.wrap((request + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (out.hasRemaining()) {
                channel.socket.write(out);
            }
        } catch (IOException e) {
            throw new Silent(e);
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer in = ByteBuffer.allocate(256);
        while (true) {
            in.clear();
            int n;
            try {
                n = channel.socket.read(in);
            } catch (IOException e) {
                if (line.size() == 0) {
                    throw new Silent(e);
                }
                throw e;
            }
            if (n < 0) {
                EOFException eof = new EOFException("end of stream after " + line.size() + " bytes of reply");
                if (line.size() == 0) {
                    throw new Silent(eof);
                }
                throw eof;
            }
            for (int i = 0; i < n; i++) {
                byte b = in.get(i);
                if (b == '\n') {
                    return line.toString(StandardCharsets.UTF_8);
                }
                line.write(b);
            }
        }
    }

    private void evict() {
        long now = System.nanoTime();
        for (Iterator<Idle> it = idle.iterator(); it.hasNext(); ) {
            Idle entry = it.next();
            if (now - entry.since() >= idleNanos && idle.removeFirstOccurrence(entry)) {
                entry.channel().close();
                open.decrementAndGet();
            }
        }
    }

    public int openConnections() {
        return open.get();
    }

    public int idleConnections() {
        return idle.size();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        reaper.shutdownNow();
        for (Idle entry = idle.pollFirst(); entry != null; entry = idle.pollFirst()) {
            entry.channel().close();
            open.decrementAndGet();
        }
        inUse.release(WAKE_ALL);
    }
}
