package dev.loopback.sandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Halts the sandbox when learner code starts more threads than the exercise allows; on the same thread, samples
 * the test threads for the {@link InitializerWatch} (often while it watches for known stuck initializers).
 */
final class ThreadWatchdog implements Runnable {
    /** Exit status that tells the runner the thread cap was hit. */
    static final int TOO_MANY_THREADS = 71;

    /** Checks of the thread count (every 5 ms) between two samples of the test threads. */
    private static final int SAMPLE_EVERY = 20;
    private static final int SAMPLE_EVERY_WATCHING = 4;

    private final int maxThreads;
    private final Events events;
    private final InitializerWatch initializers;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    private ThreadWatchdog(int maxThreads, Events events, InitializerWatch initializers) {
        this.maxThreads = maxThreads;
        this.events = events;
        this.initializers = initializers;
    }

    /** Loads the management classes the watchdog reads, while nothing is waiting for it. */
    static void prepare() {
        ManagementFactory.getThreadMXBean().getThreadCount();
    }

    static void start(int maxThreads, Events events, InitializerWatch initializers) {
        Thread watchdog = new Thread(new ThreadWatchdog(maxThreads, events, initializers), "loopback-thread-watchdog");
        watchdog.setDaemon(true);
        watchdog.setPriority(Thread.MAX_PRIORITY);
        watchdog.start();
    }

    @Override
    public void run() {
        int every = initializers.watchesKnown() ? SAMPLE_EVERY_WATCHING : SAMPLE_EVERY;
        for (long round = 0; ; round++) {
            int live = threads.getThreadCount();
            if (live > maxThreads) {
                events.limit("threads", live);
                Runtime.getRuntime().halt(TOO_MANY_THREADS);
            }
            if (round % every == 0) {
                try {
                    initializers.sample(System.nanoTime());
                } catch (RuntimeException | Error e) {
                    // A failed look at the test threads must not end the thread cap's watch.
                }
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
