package dev.loopback.runner.instructor;

/** Grades one submission exactly as {@code submit} does; may be called from several threads at once. */
public interface Grading {
    Graded grade(Submission submission);
}
