package sample;

/** Tiny sizing helpers. */
public final class Sizing {
    private Sizing() {}

    /** Requests in flight at {@code perSecond} requests per second, each taking {@code millis}. */
    public static int inFlight(int perSecond, int millis) {
        throw new UnsupportedOperationException("TODO: Little's Law");
    }

    /** Whether {@code port} is in Linux's default ephemeral range. */
    public static boolean isEphemeral(int port) {
        throw new UnsupportedOperationException("TODO: the ephemeral range");
    }
}
