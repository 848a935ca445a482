package dev.loopback.grader.sandbox;

/** The start of what the sandbox printed; {@code droppedBytes} counts what was drained unread. */
public record CapturedOutput(String stdout, String stderr, long droppedBytes) {}
