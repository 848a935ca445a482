package dev.loopback.grader.sandbox;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What one run of a started sandbox executes: the learner's classes and the compiled hidden tests,
 * the seed the tests generate their inputs from, the tests (unique ids) already finished in an
 * earlier sandbox of the same submission and so skipped, a listener for each verified result line,
 * where to send a notice for the learner, and the run's wall clock in seconds (0: the request's limit;
 * a sandbox started ahead to continue a submission gets what is left when it runs), and the learner classes whose
 * static initializer ran out a per-test limit in an earlier sandbox (a test that enters one again is stopped at once).
 */
public record RunInput(Path learnerClasses, Path testClasses, long seed, Set<String> skip, Consumer<String> onEvent,
        Consumer<String> notices, int wallClockSeconds, Set<String> stuckInitializers) {

    public RunInput {
        skip = Set.copyOf(skip);
        stuckInitializers = Set.copyOf(stuckInitializers);
    }

    /** A run that knows of no stuck static initializer. */
    public RunInput(Path learnerClasses, Path testClasses, long seed, Set<String> skip, Consumer<String> onEvent,
            Consumer<String> notices, int wallClockSeconds) {
        this(learnerClasses, testClasses, seed, skip, onEvent, notices, wallClockSeconds, Set.of());
    }

    /** A run within the request's wall-clock limit. */
    public RunInput(Path learnerClasses, Path testClasses, long seed, Set<String> skip, Consumer<String> onEvent,
            Consumer<String> notices) {
        this(learnerClasses, testClasses, seed, skip, onEvent, notices, 0);
    }

    /** The wall clock of this run: its own, or else {@code limit} (the request's). */
    public int wallClock(int limit) {
        return wallClockSeconds > 0 ? wallClockSeconds : limit;
    }
}
