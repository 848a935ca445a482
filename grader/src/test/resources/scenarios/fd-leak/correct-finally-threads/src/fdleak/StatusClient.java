package fdleak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Status checks that close in an explicit finally. */
public final class StatusClient {

    public enum Status { UP, DOWN }

    private StatusClient() {
    }

    public static Map<InetSocketAddress, Status> check(List<InetSocketAddress> hosts, Duration timeout) {
        Map<InetSocketAddress, Status> result = new HashMap<>();
        for (InetSocketAddress host : hosts) {
            result.put(host, isUp(host, (int) timeout.toMillis()) ? Status.UP : Status.DOWN);
        }
        return result;
    }

    private static boolean isUp(InetSocketAddress host, int millis) {
        Socket socket = new Socket();
        try {
            socket.connect(host, millis);
            socket.setSoTimeout(millis);
            PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
            out.print("STATUS\n");
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            return "OK".equals(in.readLine());
        } catch (IOException e) {
            return false;
        } finally {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing left to do
            }
        }
    }
}
