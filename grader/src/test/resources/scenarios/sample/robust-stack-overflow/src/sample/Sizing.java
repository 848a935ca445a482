package sample;

public final class Sizing {
    private Sizing() {}

    public static int inFlight(int perSecond, int millis) {
        return inFlight(perSecond, millis) + 1;
    }

    public static boolean isEphemeral(int port) {
        return port >= 32768 && port <= 60999;
    }
}
