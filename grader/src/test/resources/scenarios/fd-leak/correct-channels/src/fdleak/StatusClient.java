package fdleak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Status checks over SocketChannel, closed by try-with-resources on the channel. */
public final class StatusClient {

    public enum Status { UP, DOWN }

    private StatusClient() {
    }

    public static Map<InetSocketAddress, Status> check(List<InetSocketAddress> hosts, Duration timeout) {
        Map<InetSocketAddress, Status> statuses = new LinkedHashMap<>();
        hosts.forEach(host -> statuses.put(host, status(host, timeout)));
        return statuses;
    }

    private static Status status(InetSocketAddress host, Duration timeout) {
        int millis = (int) Math.max(1, timeout.toMillis());
        try (SocketChannel channel = SocketChannel.open()) {
            Socket socket = channel.socket();
            socket.connect(host, millis);
            socket.setSoTimeout(millis);
            channel.write(ByteBuffer.wrap("STATUS\n".getBytes(StandardCharsets.US_ASCII)));
            String reply = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            return "OK".equals(reply) ? Status.UP : Status.DOWN;
        } catch (IOException down) {
            return Status.DOWN;
        }
    }
}
