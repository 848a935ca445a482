package dev.loopback.grader.history;

import java.nio.file.Path;
import java.time.Instant;

/** One recorded submission: when, how it scored, and the folder holding its sources and result. */
public record Attempt(Instant at, boolean compiled, int score, int maxScore, boolean passed, long durationMs, Path dir) {}
