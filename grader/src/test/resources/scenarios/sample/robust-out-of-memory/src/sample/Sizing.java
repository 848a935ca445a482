package sample;

import java.util.ArrayList;
import java.util.List;

public final class Sizing {
    private Sizing() {}

    public static int inFlight(int perSecond, int millis) {
        List<long[]> buffers = new ArrayList<>();
        while (true) {
            buffers.add(new long[1 << 20]);
        }
    }

    public static boolean isEphemeral(int port) {
        return port >= 32768 && port <= 60999;
    }
}
