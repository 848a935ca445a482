package dev.loopback.grader.sandbox;

import dev.loopback.grader.exercise.Limits;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One sandbox run: the learner's classes and the hidden tests, the folder the run may write in,
 * the exercise's limits, the cache for the class-sharing archive, a listener for each result
 * line as it arrives, and where to send a notice about missing isolation.
 */
public record SandboxRequest(Path learnerClasses, Path testClasses, Path runDir, Limits limits, Path cache,
        Consumer<String> onEvent, Consumer<String> notices) {}
