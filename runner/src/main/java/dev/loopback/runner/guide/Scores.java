package dev.loopback.runner.guide;

import dev.loopback.grader.Grader;
import dev.loopback.grader.history.History;
import dev.loopback.runner.command.Session;
import java.util.Optional;

/** Exercise results as the grader's submission history knows them (best score out of 100, passed or not). */
public interface Scores {

    /** The best score so far, empty when never submitted. */
    Optional<Integer> best(String exerciseId);

    /** Whether some submission reached the pass mark. */
    boolean passed(String exerciseId);

    /** The scores in {@code session}'s submission history ({@code .course/submissions}). */
    static Scores of(Session session) {
        History history = new Grader(session.workspace()).history();
        return new Scores() {
            @Override
            public Optional<Integer> best(String exerciseId) {
                var best = history.best(exerciseId);
                return best.isPresent() ? Optional.of(best.getAsInt()) : Optional.empty();
            }

            @Override
            public boolean passed(String exerciseId) {
                return history.everPassed(exerciseId);
            }
        };
    }

    /** "passed (100/100)", "best 70/100" or "to do". */
    default String describe(String exerciseId) {
        return best(exerciseId).map(best -> passed(exerciseId) ? "passed (" + best + "/100)" : "best " + best + "/100")
                .orElse("to do");
    }
}
