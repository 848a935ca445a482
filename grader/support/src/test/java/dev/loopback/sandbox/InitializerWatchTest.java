package dev.loopback.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The watch on real threads parked inside a real static initializer, with the clock given by the test: which
 * initializers count as stuck at a timeout, which threads are looked at, and the report of a known one entered.
 */
class InitializerWatchTest {
    private static final long SECOND = 1_000_000_000L;
    private static final String OWNER = InitializerWatchTest.class.getName();
    private final List<Thread> started = new ArrayList<>();
    private Gate gate;

    /** Where a thread parks inside a static initializer until the test lets it go (each class initializes once). */
    static final class Gate {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        void pass() {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static final Gate G1 = new Gate();
    static final Gate G2 = new Gate();
    static final Gate G3 = new Gate();
    static final Gate G4 = new Gate();

    static final class Slow1 { static { G1.pass(); } private Slow1() {} }
    static final class Slow2 { static { G2.pass(); } private Slow2() {} }
    static final class Slow3 { static { G3.pass(); } private Slow3() {} }
    static final class Slow4 { static { G4.pass(); } private Slow4() {} }

    @AfterEach
    void release() throws InterruptedException {
        gate.release.countDown();
        for (Thread thread : started) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Starts {@code thread} (which initializes {@code slow}) and returns once it is inside that initializer. */
    private Thread inInitializer(Thread thread, Gate gate) throws InterruptedException {
        this.gate = gate;
        started.add(thread);
        thread.start();
        assertTrue(gate.entered.await(10, TimeUnit.SECONDS), "the thread entered the static initializer");
        return thread;
    }

    private static Runnable initialize(Class<?> slow) {
        return () -> {
            try {
                Class.forName(slow.getName(), true, InitializerWatchTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Test
    void anInitializerIsStuckOnlyWhenItRanForNinetyPercentOfTheLimitWithoutABreak() throws Exception {
        Thread test = inInitializer(new Thread(initialize(Slow1.class), InitializerWatch.TEST_THREAD + "1"), G1);
        InitializerWatch watch = new InitializerWatch(Set.of(OWNER), Set.of());
        long t0 = 1_000 * SECOND;
        watch.sample(t0);
        watch.sample(t0 + 2 * SECOND);
        StackTraceElement[] stack = test.getStackTrace();

        assertEquals(Set.of(), watch.stuck(stack, 3 * SECOND, t0 + 2_650_000_000L),
                "2.65 s of a 3 s limit is under 90%: a fresh test reaching it early could still pass");
        assertEquals(Set.of(Slow1.class.getName()), watch.stuck(stack, 3 * SECOND, t0 + 2_700_000_000L));
        assertEquals(Set.of(), watch.stuck(new StackTraceElement[0], 3 * SECOND, t0 + 10 * SECOND),
                "only initializers on the timed-out thread's own stack count");
    }

    @Test
    void onlyPlainThreadsNamedAsJunitNamesItsTestThreadsAreLookedAt() throws Exception {
        Thread subclass = new Thread(initialize(Slow2.class), InitializerWatch.TEST_THREAD + "2") {
            @Override
            public StackTraceElement[] getStackTrace() {
                throw new AssertionError("the watch ran a method of a Thread subclass");
            }
        };
        inInitializer(subclass, G2);
        InitializerWatch watch = new InitializerWatch(Set.of(OWNER), Set.of(Slow2.class.getName()));
        List<String> entered = new ArrayList<>();
        watch.onKnownEntered(entered::add);

        watch.sample(0);
        watch.sample(5 * SECOND);

        assertEquals(List.of(), entered, "a subclass is learner code: never looked at");
        assertEquals(Set.of(), watch.stuck(Thread.getAllStackTraces().get(subclass), 3 * SECOND, 5 * SECOND));
    }

    @Test
    void aTestThreadInsideAKnownStuckInitializerIsReported() throws Exception {
        inInitializer(new Thread(initialize(Slow3.class), InitializerWatch.TEST_THREAD + "3"), G3);
        InitializerWatch watch = new InitializerWatch(Set.of(OWNER), Set.of(Slow3.class.getName()));
        List<String> entered = new ArrayList<>();
        watch.onKnownEntered(entered::add);

        watch.sample(0);

        assertEquals(List.of(Slow3.class.getName()), entered);
        assertTrue(watch.watchesKnown());
    }

    @Test
    void classesThatAreNotTheLearnersAreNeverStuck() throws Exception {
        Thread test = inInitializer(new Thread(initialize(Slow4.class), InitializerWatch.TEST_THREAD + "4"), G4);
        InitializerWatch watch = new InitializerWatch(Set.of("p.Other"), Set.of(Slow4.class.getName()));
        List<String> entered = new ArrayList<>();
        watch.onKnownEntered(entered::add);

        watch.sample(0);
        watch.sample(5 * SECOND);

        assertEquals(List.of(), entered);
        assertEquals(Set.of(), watch.stuck(test.getStackTrace(), 3 * SECOND, 5 * SECOND));
    }
}
