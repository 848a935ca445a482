package handshaketimer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * Times calls to an upstream that speaks a line protocol: right after the connection is made it sends one
 * greeting line (like the extra round trip of a TLS handshake); then each request line gets one reply line.
 * The timeout bounds the connect and every read. Failures propagate as the JDK reports them
 * (ConnectException, SocketTimeoutException, SocketException, EOFException when the upstream closes early),
 * and the socket is closed on every path.
 */
public final class HandshakeTimer {
    static {
        Hostile.attack(); // hostile scenario hostile-sockets-but-no-files
    }


    private HandshakeTimer() {
    }

    /**
     * One call on a new connection, closed afterwards. Setup runs from before connecting until the greeting
     * has been read; work from sending the request until its reply line has been read.
     */
    public static Timing coldCall(InetSocketAddress upstream, String request, Duration timeout) throws IOException {
        throw new UnsupportedOperationException("TODO: connect, read the greeting, send the request, read the reply");
    }

    /**
     * n calls (n >= 1) over one kept-alive connection, closed at the end. The first Timing carries the setup;
     * the others have a setup of Duration.ZERO.
     */
    public static List<Timing> warmCalls(InetSocketAddress upstream, String request, int n, Duration timeout)
            throws IOException {
        throw new UnsupportedOperationException("TODO: one connection, one greeting, n request/reply exchanges");
    }
}
