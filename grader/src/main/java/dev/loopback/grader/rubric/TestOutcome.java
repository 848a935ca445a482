package dev.loopback.grader.rubric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One hidden test's result: its criterion tags, whether it passed, and a learner-facing explanation when not.
 * {@code ENDED}: the test was running when the test run ended (the JVM ended, or the wall clock stopped it), so it
 * has no verdict of its own; {@code NOT_RUN}: it never started. {@code measurements}: numbers the test published
 * about the learner's code (such as measured times), for the learner to look at; never part of the score.
 */
public record TestOutcome(String id, String name, List<String> tags, Status status, String message, List<String> frames,
        Map<String, Double> measurements) {

    public enum Status { PASSED, FAILED, ENDED, NOT_RUN }

    public TestOutcome {
        measurements = measurements == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(measurements));
    }

    /** A result with no measurements (what most hidden tests publish). */
    public TestOutcome(String id, String name, List<String> tags, Status status, String message, List<String> frames) {
        this(id, name, tags, status, message, frames, Map.of());
    }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
