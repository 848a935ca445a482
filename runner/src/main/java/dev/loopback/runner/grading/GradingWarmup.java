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
    private GradingWarmup() {}

    /** The shell started: keep spares warm and prepare the first exercise not yet passed. */
    public static void atShellStart(Session session) {
        Grader.keepSparesWarm(true);
        inBackground(() -> likelyNext(session).ifPresent(id -> new Grader(session.workspace()).prepare(id)));
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
