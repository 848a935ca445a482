package dev.loopback.grader.rubric;

import java.util.List;

/** One hidden test's result: its criterion tags, whether it passed, and a learner-facing explanation when not. */
public record TestOutcome(String id, String name, List<String> tags, Status status, String message, List<String> frames) {

    public enum Status { PASSED, FAILED, NOT_RUN }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
