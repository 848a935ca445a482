package sample;

public final class Sizing {
    private Sizing() {}

    public static int inFlight(int perSecond, int millis) {
        System.exit(3);
        return 0;
    }

    public static boolean isEphemeral(int port) {
        System.exit(3);
        return false;
    }
}
