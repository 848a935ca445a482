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

/** Asks each host "STATUS"; the reply "OK" means UP, any other reply or any failure means DOWN. */
public final class StatusClient {

    /** A host's health. */
    public enum Status { UP, DOWN }

    private StatusClient() {
    }

    /** The status of every host; every socket opened here is closed before it returns. */
    public static Map<InetSocketAddress, Status> check(List<InetSocketAddress> hosts, Duration timeout) {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        Map<InetSocketAddress, Status> statuses = new LinkedHashMap<>();
        for (InetSocketAddress host : hosts) {
            statuses.put(host, probe(host, millis));
        }
        return statuses;
    }

    private static Status probe(InetSocketAddress host, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(host, timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write("STATUS\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            return "OK".equals(in.readLine()) ? Status.UP : Status.DOWN;
        } catch (IOException unreachable) {
            return Status.DOWN;
        }
    }
}
