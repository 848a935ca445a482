package dev.loopback.grader.compile;

import java.nio.file.Path;

/**
 * One compiler message at a place in a source file; {@code column} counts characters from 1,
 * a tab being one column, and {@code sourceLine} is that line's text (empty when unknown).
 */
public record SourceDiagnostic(Path file, long line, long column, String kind, String message, String sourceLine) {}
