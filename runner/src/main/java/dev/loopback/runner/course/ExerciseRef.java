package dev.loopback.runner.course;

/** An exercise a lesson sets; its files live under {@code exercises/<id>/} and {@code grader/exercises/<id>/}. */
public record ExerciseRef(String id, String title, Integer minutes) {}
