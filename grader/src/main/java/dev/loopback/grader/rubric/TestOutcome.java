package dev.loopback.grader.rubric;

import java.util.List;

/**
 * One hidden test's result: its criterion tags, whether it passed, and a learner-facing explanation when not.
 * {@code ENDED}: the test was running when the test run ended (the JVM ended, or the wall clock stopped it), so it
 * has no verdict of its own; {@code NOT_RUN}: it never started.
 */
public record TestOutcome(String id, String name, List<String> tags, Status status, String message, List<String> frames) {

    public enum Status { PASSED, FAILED, ENDED, NOT_RUN }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
