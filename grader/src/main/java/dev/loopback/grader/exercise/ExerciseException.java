package dev.loopback.grader.exercise;

/** A course author's mistake in an exercise definition; the message names the file. */
public final class ExerciseException extends RuntimeException {
    public ExerciseException(String message) {
        super(message);
    }

    public ExerciseException(String message, Throwable cause) {
        super(message, cause);
    }
}
