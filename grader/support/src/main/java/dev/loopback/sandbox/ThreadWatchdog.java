package dev.loopback.sandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Halts the sandbox when learner code starts more threads than the exercise allows. */
final class ThreadWatchdog implements Runnable {
    /** Exit status that tells the runner the thread cap was hit. */
    static final int TOO_MANY_THREADS = 71;

    private final int maxThreads;
    private final Events events;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    private ThreadWatchdog(int maxThreads, Events events) {
        this.maxThreads = maxThreads;
        this.events = events;
    }

    /** Loads the management classes the watchdog reads, while nothing is waiting for it. */
    static void prepare() {
        ManagementFactory.getThreadMXBean().getThreadCount();
    }

    static void start(int maxThreads, Events events) {
        Thread watchdog = new Thread(new ThreadWatchdog(maxThreads, events), "loopback-thread-watchdog");
        watchdog.setDaemon(true);
        watchdog.setPriority(Thread.MAX_PRIORITY);
        watchdog.start();
    }

    @Override
    public void run() {
        while (true) {
            int live = threads.getThreadCount();
            if (live > maxThreads) {
                events.limit("threads", live);
                Runtime.getRuntime().halt(TOO_MANY_THREADS);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
