package sample;

public final class Sizing {
    private Sizing() {}

    public static int inFlight(int perSecond, int millis) {
        String line = "debug: sizing the pool ".repeat(40);
        for (int i = 0; i < 6_000; i++) {
            System.out.println(line);
            System.err.println(line);
        }
        return (int) Math.ceil(perSecond * millis / 1000.0);
    }

    public static boolean isEphemeral(int port) {
        return port >= 32768 && port <= 60999;
    }
}
