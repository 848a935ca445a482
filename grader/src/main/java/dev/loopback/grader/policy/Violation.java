package dev.loopback.grader.policy;

/**
 * One thing in the learner's classes that graded code may not do: where ({@code className}, the
 * {@code sourceFile} it came from, {@code line} or 0), what ({@code api}, as a learner would write it)
 * and the sentence that explains it.
 */
public record Violation(String className, String sourceFile, int line, String api, String message) {}
