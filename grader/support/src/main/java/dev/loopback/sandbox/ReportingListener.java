package dev.loopback.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Writes a start and an end event for every test method and every invocation inside one, and an end event for a failed class. */
final class ReportingListener implements TestExecutionListener {
    static final int MAX_MEASUREMENTS = 128;
    private final Events events;
    private final Set<String> learnerClasses;
    private final Deque<TestIdentifier> open = new ArrayDeque<>();
    private final Set<String> finished = new HashSet<>();
    private final int perTestSeconds;
    private final boolean endJvmOnTimeout;
    private final InitializerWatch initializers;
    private int measurements;

    /** A listener for a run: a timed-out test ends the JVM, and a test that enters a stuck initializer is stopped. */
    ReportingListener(Events events, Set<String> learnerClasses, int perTestSeconds, InitializerWatch initializers) {
        this(events, learnerClasses, perTestSeconds, true, initializers);
        initializers.onKnownEntered(this::stopInStuckInitializer);
    }

    /** {@code endJvmOnTimeout} false: a timed-out test is only reported (a {@link Rehearsal} checks what it left). */
    ReportingListener(Events events, Set<String> learnerClasses, int perTestSeconds, boolean endJvmOnTimeout) {
        this(events, learnerClasses, perTestSeconds, endJvmOnTimeout, new InitializerWatch(learnerClasses, Set.of()));
    }

    private ReportingListener(Events events, Set<String> learnerClasses, int perTestSeconds, boolean endJvmOnTimeout,
            InitializerWatch initializers) {
        this.events = events;
        this.learnerClasses = learnerClasses;
        this.perTestSeconds = perTestSeconds;
        this.endJvmOnTimeout = endJvmOnTimeout;
        this.initializers = initializers;
    }

    @Override
    public synchronized void executionStarted(TestIdentifier id) {
        if (TestSession.isTestMethod(id)) {
            open.push(id);
            events.started(id.getUniqueId(), id.getParentId().orElse(null));
        }
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier id, String reason) {
        if (TestSession.isTestMethod(id)) {
            end(id, "SKIPPED", Failure.NONE);
        }
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!TestSession.isTestMethod(id) && result.getStatus() == TestExecutionResult.Status.FAILED) {
            Failure failure = result.getThrowable().map(t -> Failure.of(t, learnerClasses)).orElse(Failure.NONE);
            events.finished(id.getUniqueId(), id.getParentId().orElse(null), "FAILED", failure);
        }
        if (TestSession.isTestMethod(id)) {
            open.remove(id);
            Failure failure = result.getThrowable().map(t -> Failure.of(t, learnerClasses)).orElse(Failure.NONE);
            end(id, result.getStatus().name(), failure);
            if (endJvmOnTimeout && result.getThrowable().filter(ReportingListener::isTimeout).isPresent()) {
                // The test's thread may still spin in learner code: end this JVM; the runner goes on in a fresh one.
                for (String name : initializers.stuck(threadStack(result.getThrowable().get()),
                        perTestSeconds * 1_000_000_000L, System.nanoTime())) {
                    events.stuckInitializer(name);
                }
                events.limit("test-timeout", perTestSeconds);
                Runtime.getRuntime().halt(Agent.TEST_TIMED_OUT);
            }
        }
    }

    /**
     * A hidden test published numbers about the learner's code (TestReporter.publishEntry): each key of up to 40
     * lower-case letters, digits and '-', with a finite number, goes on as a measurement, at most
     * {@value #MAX_MEASUREMENTS} in a run. Only the tests can publish: learner code cannot reach JUnit (policy).
     */
    @Override
    public synchronized void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        for (Map.Entry<String, String> pair : entry.getKeyValuePairs().entrySet()) {
            if (measurements >= MAX_MEASUREMENTS || !pair.getKey().matches("[a-z0-9-]{1,40}")) {
                continue;
            }
            try {
                double value = Double.parseDouble(pair.getValue());
                if (Double.isFinite(value)) {
                    measurements++;
                    events.measured(id.getUniqueId(), pair.getKey(), value);
                }
            } catch (NumberFormatException notANumber) {
                // Only numbers are measurements.
            }
        }
    }

    /**
     * A test of a sandbox that continues a submission entered a static initializer that ran out a whole limit in an
     * earlier sandbox: it is stopped now and reported as timed out, naming the class, and this JVM ends as after
     * any timeout (the thread spins on).
     */
    synchronized void stopInStuckInitializer(String className) {
        TestIdentifier running = open.peek();
        if (running == null) {
            return;
        }
        open.pop();
        end(running, "FAILED", new Failure("java.util.concurrent.TimeoutException",
                Failure.stuckInitializerMessage(className, perTestSeconds), null, null, List.of()));
        events.limit("test-timeout", perTestSeconds);
        Runtime.getRuntime().halt(Agent.TEST_TIMED_OUT);
    }

    /** The stack of the timed-out test's thread at its timeout: JUnit attaches it as the timeout's cause. */
    private static StackTraceElement[] threadStack(Throwable timeout) {
        Throwable cause = timeout.getCause();
        return cause == null ? new StackTraceElement[0] : cause.getStackTrace();
    }

    /** JUnit's per-test timeout, as the Jupiter engine reports it. */
    private static boolean isTimeout(Throwable thrown) {
        return thrown instanceof java.util.concurrent.TimeoutException
                || String.valueOf(thrown.getMessage()).matches("^[\\w$]+\\(.*\\) timed out after \\d+[\\s\\S]*");
    }

    /** Fails every test that was running when the platform itself gave up. */
    synchronized void failOpenTests(Throwable thrown) {
        Failure failure = Failure.of(thrown, learnerClasses);
        while (!open.isEmpty()) {
            end(open.pop(), "FAILED", failure);
        }
    }

    synchronized Set<String> finished() {
        return Set.copyOf(finished);
    }

    private void end(TestIdentifier id, String status, Failure failure) {
        finished.add(id.getUniqueId());
        events.finished(id.getUniqueId(), id.getParentId().orElse(null), status, failure);
    }
}
