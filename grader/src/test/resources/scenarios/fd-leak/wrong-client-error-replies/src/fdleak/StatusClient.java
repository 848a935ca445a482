package fdleak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Closes on OK, on end of stream and on failures, but forgets the socket when the reply is not OK. */
public final class StatusClient {

    public enum Status { UP, DOWN }

    private StatusClient() {
    }

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
            String reply = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            if (reply == null) {
                socket.close();
                return Status.DOWN;
            }
            if (reply.equals("OK")) {
                socket.close();
                return Status.UP;
            }
            return Status.DOWN;
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // down anyway
            }
            return Status.DOWN;
        }
    }
}
