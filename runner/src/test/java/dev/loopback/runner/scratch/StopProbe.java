package dev.loopback.runner.scratch;

import java.util.concurrent.CountDownLatch;

/** Lets a snippet running in the scratchpad tell the test it has started. */
public final class StopProbe {
    public static final CountDownLatch STARTED = new CountDownLatch(1);

    private StopProbe() {}
}
