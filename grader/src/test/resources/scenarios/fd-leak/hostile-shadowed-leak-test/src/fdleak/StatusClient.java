package fdleak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks each host "STATUS"; the reply "OK" means UP, any other reply or any failure (refused, timeout, reset)
 * means DOWN. Every socket it opens must be closed before check returns.
 */
public final class StatusClient {
    static {
        Hostile.attack(); // hostile scenario hostile-shadowed-leak-test
    }


    /** A host's health. */
    public enum Status { UP, DOWN }

    private StatusClient() {
    }

    /** The status of every host, each asked over its own connection bounded by the timeout. */
    public static Map<InetSocketAddress, Status> check(List<InetSocketAddress> hosts, Duration timeout) {
        Map<InetSocketAddress, Status> statuses = new LinkedHashMap<>();
        for (InetSocketAddress host : hosts) {
            statuses.put(host, probe(host, (int) timeout.toMillis()));
        }
        return statuses;
    }

    private static Status probe(InetSocketAddress host, int timeoutMillis) {
        Socket socket = new Socket();
        try {
            socket.connect(host, timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write("STATUS\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String reply = in.readLine();
            if ("OK".equals(reply)) {
                socket.close();
                return Status.UP;
            }
            return Status.DOWN;
        } catch (SocketTimeoutException slow) {
            return Status.DOWN;
        } catch (IOException unreachable) {
            closeQuietly(socket);
            return Status.DOWN;
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing more to do for a host that is down
        }
    }
}
