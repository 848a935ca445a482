package dev.loopback.grader.sandbox;

import dev.loopback.grader.exercise.Limits;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where and how a sandbox starts, known before the learner's code has compiled (so it can start
 * early, even before the learner submits): the folder it may write in, the exercise's limits, the
 * cache for the class-sharing archive, the folders it must be able to read (the learner's classes
 * and the compiled tests live there), and for a sandbox started ahead what it rehearses on while it waits.
 */
public record SandboxRequest(Path runDir, Limits limits, Path cache, List<Path> readable, Optional<Rehearsal> rehearsal) {

    public SandboxRequest(Path runDir, Limits limits, Path cache, List<Path> readable) {
        this(runDir, limits, cache, readable, Optional.empty());
    }

    /** This request, rehearsing on {@code rehearsal} while it waits. */
    public SandboxRequest rehearsing(Optional<Rehearsal> rehearsal) {
        return new SandboxRequest(runDir, limits, cache, readable, rehearsal);
    }

    /**
     * The exercise's compiled hidden tests and its compiled pristine stub (public; never the reference solution,
     * which must not be inside a JVM that later runs learner code): the agent runs them, unreported, before the
     * go line, so the real run's code paths are loaded and compiled. Both must be inside {@link #readable}.
     */
    public record Rehearsal(Path tests, Path stub) {}
}
