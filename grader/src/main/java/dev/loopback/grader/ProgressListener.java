package dev.loopback.grader;

import dev.loopback.grader.exercise.Criterion;

/** Hears about a grading run while it happens (for a live progress display); every method may be ignored. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {};

    default void compiling(String exercise) {}

    default void running() {}

    /** All tests of {@code criterion} have finished; {@code passed} of {@code total} passed. */
    default void criterionFinished(Criterion criterion, int passed, int total) {}

    /** Something the learner should know once, such as a missing sandbox feature. */
    default void notice(String message) {}
}
