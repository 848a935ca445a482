package dev.loopback.runner.guide;

import dev.loopback.grader.Grader;
import dev.loopback.grader.history.History;
import dev.loopback.runner.command.Session;
import java.util.Optional;
import java.util.OptionalInt;

/** Exercise results as the grader's submission history knows them (best score out of 100, passed or not). */
public interface Scores {

    /** The best score so far, empty when never submitted. */
    Optional<Integer> best(String exerciseId);

    /** Whether some submission reached the pass mark. */
    boolean passed(String exerciseId);

    /** Knows of no submissions. */
    Scores NONE = new Scores() {
        @Override public Optional<Integer> best(String exerciseId) { return Optional.empty(); }
        @Override public boolean passed(String exerciseId) { return false; }
    };

    /** The scores for {@code session}'s workspace: the one place to wire the grader's history in. */
    static Scores of(Session session) {
        History history = new Grader(session.workspace()).history();
        return new Scores() {
            @Override public Optional<Integer> best(String exerciseId) {
                OptionalInt best = history.best(exerciseId);
                return best.isPresent() ? Optional.of(best.getAsInt()) : Optional.empty();
            }

            @Override public boolean passed(String exerciseId) { return history.everPassed(exerciseId); }
        };
    }

    /** "passed (best 100)", "best 70 of 100" or "not submitted yet". */
    default String describe(String exerciseId) {
        return best(exerciseId).map(best -> passed(exerciseId) ? "passed (best " + best + ")" : "best " + best + " of 100")
                .orElse("not submitted yet");
    }
}
