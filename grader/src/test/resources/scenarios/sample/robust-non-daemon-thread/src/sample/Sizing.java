package sample;

import java.util.concurrent.CountDownLatch;

public final class Sizing {
    private static final CountDownLatch NEVER = new CountDownLatch(1);

    private Sizing() {}

    public static int inFlight(int perSecond, int millis) {
        Thread keeper = new Thread(() -> {
            try {
                NEVER.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "connection-keeper");
        keeper.setDaemon(false);
        keeper.start();
        return (int) Math.ceil(perSecond * millis / 1000.0);
    }

    public static boolean isEphemeral(int port) {
        return port >= 32768 && port <= 60999;
    }
}
