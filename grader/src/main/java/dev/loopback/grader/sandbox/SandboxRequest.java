package dev.loopback.grader.sandbox;

import dev.loopback.grader.exercise.Limits;
import java.nio.file.Path;
import java.util.List;

/**
 * Where and how a sandbox starts, known before the learner's code has compiled (so it can start
 * early, even before the learner submits): the folder it may write in, the exercise's limits, the
 * cache for the class-sharing archive, and the folders it must be able to read (the learner's
 * classes and the compiled tests live there).
 */
public record SandboxRequest(Path runDir, Limits limits, Path cache, List<Path> readable) {}
