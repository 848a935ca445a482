package keepalivepool;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One monitor (synchronized, wait/notifyAll), a FIFO of idle connections and a daemon reaper thread. */
public final class ConnectionPool implements AutoCloseable {

    private static final class Conn {
        final Socket socket;
        final InputStream in;
        final OutputStream out;
        long returnedAtMillis;
        int calls;

        Conn(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        void closeQuietly() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // gone either way
            }
        }
    }

    /** Thrown when nothing of the reply arrived. */
    private static final class NothingBack extends Exception {
        final IOException cause;

        NothingBack(IOException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    private final InetSocketAddress upstream;
    private final int maxSize;
    private final long idleMillis;
    private final long connectMillis;
    private final ArrayDeque<Conn> idle = new ArrayDeque<>();
    private int open;
    private boolean closed;
    private final Thread reaper;

    public ConnectionPool(InetSocketAddress upstream, int maxSize, Duration idleTimeout, Duration connectTimeout) {
        if (upstream == null || idleTimeout == null || connectTimeout == null) {
            throw new NullPointerException("upstream, idleTimeout and connectTimeout are required");
        }
        if (maxSize < 1 || idleTimeout.compareTo(Duration.ZERO) <= 0 || connectTimeout.compareTo(Duration.ZERO) <= 0) {
            throw new IllegalArgumentException("need maxSize >= 1 and positive timeouts");
        }
        this.upstream = upstream;
        this.maxSize = maxSize;
        this.idleMillis = Math.max(1, idleTimeout.toMillis());
        this.connectMillis = Math.max(1, Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
        this.reaper = new Thread(this::reap, "pool-reaper");
        reaper.setDaemon(true);
        reaper.start();
    }

    public String call(String request) throws IOException {
        Objects.requireNonNull(request);
        Conn conn = take();
        boolean reused = conn.calls > 0;
        try {
            String reply;
            try {
                reply = exchange(conn, request);
            } catch (NothingBack nothing) {
                if (!reused) {
                    throw nothing.cause;
                }
                conn.closeQuietly();
                conn = connect();
                try {
                    reply = exchange(conn, request);
                } catch (NothingBack again) {
                    throw again.cause;
                }
            }
            conn.calls++;
            putBack(conn);
            conn = null;
            return reply;
        } finally {
            if (conn != null) {
                conn.closeQuietly();
                synchronized (this) {
                    open--;
                    notifyAll();
                }
            }
        }
    }

    public synchronized int openConnections() {
        return open;
    }

    public synchronized int idleConnections() {
        return idle.size();
    }

    @Override
    public void close() {
        List<Conn> toClose;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = new ArrayList<>(idle);
            idle.clear();
            open -= toClose.size();
            notifyAll();
        }
        reaper.interrupt();
        for (Conn conn : toClose) {
            conn.closeQuietly();
        }
    }

    private Conn take() throws IOException {
        synchronized (this) {
            long deadline = System.currentTimeMillis() + connectMillis;
            while (true) {
                if (closed) {
                    throw new IllegalStateException("pool closed");
                }
                Conn conn = idle.pollFirst();
                if (conn != null) {
                    if (System.currentTimeMillis() - conn.returnedAtMillis < idleMillis) {
                        return conn;
                    }
                    conn.closeQuietly();
                    open--;
                    continue;
                }
                if (open < maxSize) {
                    open++;
                    break;
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new IOException("pool exhausted: " + maxSize + " connections busy");
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }
        try {
            return connect();
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                open--;
                notifyAll();
            }
            throw e;
        }
    }

    private Conn connect() throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(upstream, (int) connectMillis);
            return new Conn(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private void putBack(Conn conn) {
        synchronized (this) {
            if (!closed) {
                conn.returnedAtMillis = System.currentTimeMillis();
                idle.addLast(conn);
                notifyAll();
                return;
            }
            open--;
            notifyAll();
        }
        conn.closeQuietly();
    }

    private static String exchange(Conn conn, String request) throws IOException, NothingBack {
        try {
            conn.out.write((request + "\n").getBytes(StandardCharsets.UTF_8));
            conn.out.flush();
        } catch (IOException e) {
            throw new NothingBack(e);
        }
        byte[] buffer = new byte[128];
        int length = 0;
        while (true) {
            int b;
            try {
                b = conn.in.read();
            } catch (IOException e) {
                if (length == 0) {
                    throw new NothingBack(e);
                }
                throw e;
            }
            if (b == -1) {
                EOFException eof = new EOFException("upstream closed the connection mid-reply");
                if (length == 0) {
                    throw new NothingBack(eof);
                }
                throw eof;
            }
            if (b == '\n') {
                return new String(buffer, 0, length, StandardCharsets.UTF_8);
            }
            if (length == buffer.length) {
                byte[] bigger = new byte[length * 2];
                System.arraycopy(buffer, 0, bigger, 0, length);
                buffer = bigger;
            }
            buffer[length++] = (byte) b;
        }
    }

    private void reap() {
        long period = Math.max(5, Math.min(idleMillis / 2, 250));
        while (true) {
            List<Conn> expired = new ArrayList<>();
            synchronized (this) {
                if (closed) {
                    return;
                }
                try {
                    wait(period);
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.currentTimeMillis();
                idle.removeIf(conn -> {
                    if (now - conn.returnedAtMillis >= idleMillis) {
                        expired.add(conn);
                        return true;
                    }
                    return false;
                });
                open -= expired.size();
                if (!expired.isEmpty()) {
                    notifyAll();
                }
            }
            for (Conn conn : expired) {
                conn.closeQuietly();
            }
        }
    }
}
