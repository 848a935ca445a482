package dev.loopback.grader.exercise;

/** One rubric line: the tests tagged with {@code id} earn {@code points} together. */
public record Criterion(String id, String title, int points, String checks, String hint, String section,
        boolean proportional) {}
