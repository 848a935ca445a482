package dev.loopback.runner.instructor;

/** Grades one submission exactly as {@code submit} does; may be called from several threads at once. */
public interface Grading {
    Graded grade(Submission submission);

    /** A hint that {@code next} is graded soon: its sandbox may start now (a head start only; by default nothing). */
    default void prepare(Submission next) {
    }
}
