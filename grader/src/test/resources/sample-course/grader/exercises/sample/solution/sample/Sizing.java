package sample;

/** Tiny sizing helpers. */
public final class Sizing {
    private Sizing() {}

    /** Requests in flight at {@code perSecond} requests per second, each taking {@code millis}. */
    public static int inFlight(int perSecond, int millis) {
        return (int) Math.ceil(perSecond * millis / 1000.0);
    }

    /** Whether {@code port} is in Linux's default ephemeral range. */
    public static boolean isEphemeral(int port) {
        return port >= 32768 && port <= 60999;
    }
}
