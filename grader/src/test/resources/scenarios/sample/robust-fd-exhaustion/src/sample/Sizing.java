package sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

public final class Sizing {
    private static final List<ServerSocket> LEAKED = new ArrayList<>();

    private Sizing() {}

    public static int inFlight(int perSecond, int millis) {
        try {
            while (true) {
                LEAKED.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isEphemeral(int port) {
        return port >= 32768 && port <= 60999;
    }
}
