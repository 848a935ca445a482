package dev.loopback.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Writes a start and an end event for every test method and every invocation inside one, and an end event for a failed class. */
final class ReportingListener implements TestExecutionListener {
    private final Events events;
    private final Set<String> learnerClasses;
    private final Deque<TestIdentifier> open = new ArrayDeque<>();
    private final Set<String> finished = new HashSet<>();
    private final int perTestSeconds;

    ReportingListener(Events events, Set<String> learnerClasses, int perTestSeconds) {
        this.events = events;
        this.learnerClasses = learnerClasses;
        this.perTestSeconds = perTestSeconds;
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
            if (result.getThrowable().filter(ReportingListener::isTimeout).isPresent()) {
                // The test's thread may still spin in learner code: end this JVM; the runner goes on in a fresh one.
                events.limit("test-timeout", perTestSeconds);
                Runtime.getRuntime().halt(Agent.TEST_TIMED_OUT);
            }
        }
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
