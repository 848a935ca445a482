package dev.loopback.grader;

import dev.loopback.grader.exercise.Limits;
import dev.loopback.grader.sandbox.SandboxRunner;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sandboxes started ahead of time, one per (learner state, exercise) in this runner, or per coming
 * submission in a batch (grade-all, whose key names the submission's sources): the next submission of
 * that exercise takes it already past its warm-up. A spare runs at most one
 * submission and is never handed out twice; a spare that died while waiting is dropped.
 */
final class Spares {
    private static final Map<Key, Spare> WAITING = new ConcurrentHashMap<>();
    private static volatile boolean enabled;

    /** {@code sources}: a batch's submission folder, or null for a learner's next submission of the exercise. */
    record Key(Path state, String exerciseId, Path sources) {}

    /** A started sandbox and the build folder it was started for. */
    record Spare(Path build, Limits limits, SandboxRunner.Started sandbox) {
        boolean fits(Limits wanted) {
            return limits.equals(wanted) && sandbox.ready();
        }
    }

    private Spares() {}

    static synchronized void enable(boolean on) {
        enabled = on;
        if (!on) {
            WAITING.values().forEach(spare -> spare.sandbox().cancel());
            WAITING.clear();
        }
    }

    static boolean enabled() {
        return enabled;
    }

    static Optional<Spare> take(Key key) {
        return Optional.ofNullable(WAITING.remove(key));
    }

    /** Keeps {@code spare} for {@code key}, cancelling the one it replaces (or itself, when spares were turned off meanwhile). */
    static synchronized void put(Key key, Spare spare) {
        if (!enabled) {
            spare.sandbox().cancel();
            return;
        }
        Spare old = WAITING.put(key, spare);
        if (old != null) {
            old.sandbox().cancel();
        }
    }
}
