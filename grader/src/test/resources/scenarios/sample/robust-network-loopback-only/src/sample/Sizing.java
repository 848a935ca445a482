package sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

public final class Sizing {
    private Sizing() {}

    public static int inFlight(int perSecond, int millis) {
        try (Socket outside = new Socket()) {
            outside.connect(new InetSocketAddress("192.0.2.1", 80), 500);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) Math.ceil(perSecond * millis / 1000.0);
    }

    public static boolean isEphemeral(int port) {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = new ServerSocket(0, 1, loopback);
                Socket client = new Socket(loopback, server.getLocalPort());
                Socket accepted = server.accept()) {
            accepted.getOutputStream().write(1);
            if (client.getInputStream().read() != 1) {
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return port >= 32768 && port <= 60999;
    }
}
