package dev.loopback.grader.sandbox;

import dev.loopback.grader.exercise.Limits;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * One sandbox run: the folder it may write in, the exercise's limits, the cache for the
 * class-sharing archive, the folders it must be able to read (the learner's classes and the
 * compiled tests live there), a listener for each verified result line as it arrives, where to send
 * a notice about missing isolation, and the seed the hidden tests generate their inputs from.
 */
public record SandboxRequest(Path runDir, Limits limits, Path cache, List<Path> readable, Consumer<String> onEvent,
        Consumer<String> notices, long seed) {}
