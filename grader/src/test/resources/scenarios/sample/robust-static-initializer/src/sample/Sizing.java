package sample;

public final class Sizing {
    private static final int DEFAULT_PORT = Integer.parseInt(System.getProperty("pool.port", "eighty"));

    private Sizing() {}

    public static int inFlight(int perSecond, int millis) {
        return (int) Math.ceil(perSecond * millis / 1000.0);
    }

    public static boolean isEphemeral(int port) {
        return port >= 32768 && port <= 60999 && port != DEFAULT_PORT;
    }
}
