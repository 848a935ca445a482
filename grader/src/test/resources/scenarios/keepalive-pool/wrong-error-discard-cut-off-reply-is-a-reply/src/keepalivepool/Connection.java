package keepalivepool;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** One kept-alive connection: a socket, its streams and when it last went idle. Not thread-safe: one call at a time. */
final class Connection implements Closeable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private long idleSince;
    private boolean used;

    private Connection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects within connectMillis; the socket is closed again if anything fails. */
    static Connection open(InetSocketAddress upstream, int connectMillis) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(upstream, connectMillis);
            return new Connection(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Whether this connection has carried a call to its end before: only then can it be stale. */
    boolean reused() {
        return used;
    }

    void idleSince(long nanos) {
        idleSince = nanos;
    }

    boolean idleFor(long nanos, long now) {
        return now - idleSince >= nanos;
    }

    /**
     * Writes the request line and reads one reply line. Throws {@link NoReply} when the connection failed before
     * any byte of the reply (the write failed, or end of stream or a reset came first); any later failure, such
     * as bytes followed by end of stream, is an ordinary IOException.
     */
    String exchange(String request) throws IOException {
        try {
            out.write((request + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new NoReply(e);
        }
        int first;
        try {
            first = in.read();
        } catch (IOException e) {
            throw new NoReply(e);
        }
        if (first == -1) {
            throw new NoReply(new EOFException("the upstream closed the connection before replying"));
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = first; b != '\n'; b = in.read()) {
            if (b == -1) {
                break; // Mistake: like readLine(), bytes and then end of stream count as a reply
            }
            line.write(b);
        }
        used = true;
        String reply = line.toString(StandardCharsets.UTF_8);
        return reply.endsWith("\r") ? reply.substring(0, reply.length() - 1) : reply;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the descriptor is released either way
        }
    }

    /** The connection failed before any byte of the reply: on a reused connection, the upstream had closed it. */
    static final class NoReply extends IOException {
        private static final long serialVersionUID = 1L;

        NoReply(IOException cause) {
            super(cause.getMessage(), cause);
        }

        IOException failure() {
            return (IOException) getCause();
        }
    }
}
