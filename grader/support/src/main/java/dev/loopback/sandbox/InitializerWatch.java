package dev.loopback.sandbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Watches the threads that run the hidden tests for learner static initializers that never finish. Sampled by the
 * {@link ThreadWatchdog}'s thread (no thread of its own: the learner's thread cap counts threads), it keeps how long
 * each learner {@code <clinit>} has been on a test thread's stack without a break; after a per-test timeout the
 * {@link ReportingListener} asks which of those on the timed-out thread ran for most of the limit. A sandbox that
 * continues the submission is told those classes: a test whose thread enters one of them again is stopped at once,
 * as the earlier test was after its whole limit (a static initializer that ran out a limit is taken as one that
 * never finishes; waiting out the limit again in every criterion that uses the class would tell nothing new).
 */
final class InitializerWatch {
    /** JUnit names the threads that run tests under a per-test timeout (SEPARATE_THREAD mode) with this prefix. */
    static final String TEST_THREAD = "junit-timeout-thread-";
    /**
     * Part of the limit a static initializer must have run for, without a break, to count as never finishing. A
     * deterministic initializer flagged so needs more than 90% of a test's limit, so a test that reaches it in a
     * fresh JVM could pass only by reaching it within the limit's first tenth; how long an initializer runs may also
     * depend on state it meets (StuckInitializerAttacksTest shows both).
     */
    static final double STUCK_SHARE = 0.9;

    private final Set<String> learnerClasses;
    private final Set<String> known;
    private final Map<Thread, Map<String, Long>> since = new HashMap<>();
    private volatile Consumer<String> onKnownEntered = name -> { };

    /** {@code known}: classes whose initializer ran out a limit in an earlier sandbox of the same submission. */
    InitializerWatch(Set<String> learnerClasses, Set<String> known) {
        this.learnerClasses = Set.copyOf(learnerClasses);
        this.known = Set.copyOf(known);
    }

    /** Where a test thread found inside a known class's static initializer is reported. */
    void onKnownEntered(Consumer<String> action) {
        onKnownEntered = action;
    }

    /**
     * One look at the test threads, at {@code nanos}: notes how long each learner initializer has run, and reports a
     * test thread inside a known one (outside this object's lock: the report takes the listener's, which holds
     * this one's while it asks {@link #stuck}).
     */
    void sample(long nanos) {
        String entered = record(nanos);
        if (entered != null) {
            onKnownEntered.accept(entered);
        }
    }

    private synchronized String record(long nanos) {
        Map<Thread, Map<String, Long>> next = new HashMap<>();
        String entered = null;
        for (Thread thread : testThreads()) {
            Set<String> inside = initializers(thread.getStackTrace());
            Map<String, Long> before = since.getOrDefault(thread, Map.of());
            Map<String, Long> now = new HashMap<>();
            for (String name : inside) {
                now.put(name, before.getOrDefault(name, nanos));
                if (entered == null && known.contains(name)) {
                    entered = name;
                }
            }
            next.put(thread, now);
        }
        since.clear();
        since.putAll(next);
        return entered;
    }

    /**
     * The learner classes whose static initializer was on {@code stack} (a timed-out test thread's, at its timeout)
     * and had run without a break for at least {@link #STUCK_SHARE} of {@code limitNanos} by {@code nanos}.
     */
    synchronized Set<String> stuck(StackTraceElement[] stack, long limitNanos, long nanos) {
        Set<String> stuck = new LinkedHashSet<>();
        for (String name : initializers(stack)) {
            for (Map<String, Long> seen : since.values()) {
                Long first = seen.get(name);
                if (first != null && nanos - first >= (long) (limitNanos * STUCK_SHARE)) {
                    stuck.add(name);
                }
            }
        }
        return stuck;
    }

    boolean watchesKnown() {
        return !known.isEmpty();
    }

    /** The learner classes with a {@code <clinit>} frame on {@code stack}, outermost first. */
    Set<String> initializers(StackTraceElement[] stack) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = stack.length - 1; i >= 0; i--) {
            StackTraceElement frame = stack[i];
            if (frame.getMethodName().equals("<clinit>") && learnerClasses.contains(Failure.topLevel(frame.getClassName()))) {
                names.add(frame.getClassName());
            }
        }
        return names;
    }

    private static Set<Thread> testThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] all = new Thread[root.activeCount() + 8];
        int count = root.enumerate(all, true);
        Set<Thread> tests = new HashSet<>();
        for (int i = 0; i < count; i++) {
            // JUnit's test threads are plain Threads: a subclass is learner code, whose overridable methods
            // (getStackTrace, hashCode, equals) must never run on the watchdog's thread, which also keeps the thread cap.
            if (all[i].getClass() == Thread.class && all[i].getName().startsWith(TEST_THREAD)) {
                tests.add(all[i]);
            }
        }
        return tests;
    }
}
