package dev.loopback.runner.grading;

import dev.loopback.grader.Grader;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.guide.Scores;
import java.util.Optional;

/**
 * Gets grading ready before the learner submits: in the shell, a sandbox JVM for the exercise they
 * are most likely to submit starts (and warms JUnit up) in the background, and javac warms up. Each
 * sandbox runs one submission only; grading starts the next one itself.
 */
public final class GradingWarmup {
    private static int open;

    /** While open (the shell or serve runs), spares are kept warm; closing the last one stops and drops them. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private GradingWarmup() {}

    /**
     * The shell (or serve) started: keep spares warm and prepare the first exercise not yet passed, until the returned
     * scope closes. Scopes nest (serve run from the shell): spares stop when the last one closes, and the sandboxes
     * waiting then end with it rather than outlive the shell.
     */
    public static Scope atShellStart(Session session) {
        Scope scope = keepWarm();
        inBackground(() -> likelyNext(session).ifPresent(id -> new Grader(session.workspace()).prepare(id)));
        return scope;
    }

    /**
     * A batch (grade-all) starts: keep spares warm until the returned scope closes, so the batch can start each coming
     * submission's sandbox ahead; nothing is prepared here. Nests with the shell's scope like serve's.
     */
    public static Scope forBatch() {
        return keepWarm();
    }

    private static Scope keepWarm() {
        synchronized (GradingWarmup.class) {
            if (open++ == 0) {
                Grader.keepSparesWarm(true);
            }
        }
        boolean[] closed = {false};
        return () -> {
            synchronized (GradingWarmup.class) {
                if (!closed[0]) {
                    closed[0] = true;
                    if (--open == 0) {
                        Grader.keepSparesWarm(false);
                    }
                }
            }
        };
    }

    /** An exercise was opened (its page, the scratchpad, watch): prepare its sandbox if the shell keeps spares. */
    public static void exerciseOpened(Session session, String exerciseId) {
        inBackground(() -> new Grader(session.workspace()).prepare(exerciseId));
    }

    private static Optional<String> likelyNext(Session session) {
        Optional<Course> course = session.course();
        if (course.isEmpty()) {
            return Optional.empty();
        }
        Scores scores = Scores.of(session);
        return course.get().exercises().stream().map(exercise -> exercise.id()).filter(id -> !scores.passed(id)).findFirst();
    }

    private static void inBackground(Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // Only a head start: the submit starts its own sandbox if this one is not there.
            }
        }, "loopback-grading-warmup");
        thread.setDaemon(true);
        thread.start();
    }
}
