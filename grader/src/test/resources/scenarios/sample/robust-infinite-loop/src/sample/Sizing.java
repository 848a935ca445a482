package sample;

public final class Sizing {
    private Sizing() {}

    public static int inFlight(int perSecond, int millis) {
        int connections = perSecond * millis / 1000;
        while (connections * 1000 < perSecond * millis) {
            connections += 0;
        }
        return connections;
    }

    public static boolean isEphemeral(int port) {
        return port >= 32768 && port <= 60999;
    }
}
