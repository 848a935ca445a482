package dev.loopback.runner.drill;

import dev.loopback.grader.drill.Criterion;
import dev.loopback.grader.drill.Drill;
import java.util.Map;

/**
 * The learner's own verdict set against the automatic one: the points they gave themselves and on how many criteria
 * they disagree with the scorer. The terminal's {@code drill} and the browser's drill page both say it from this.
 */
public record SelfVerdict(int selfPoints, int maxScore, int autoScore, long disagreements) {

    /** {@code automatic} and {@code verdicts} map criterion ids to met; a criterion the learner skipped is left out. */
    public static SelfVerdict of(Drill drill, int autoScore, Map<String, Boolean> automatic, Map<String, Boolean> verdicts) {
        int self = drill.criteria().stream().filter(c -> Boolean.TRUE.equals(verdicts.get(c.id())))
                .mapToInt(Criterion::points).sum();
        long disagree = automatic.entrySet().stream()
                .filter(e -> verdicts.containsKey(e.getKey()) && !verdicts.get(e.getKey()).equals(e.getValue())).count();
        return new SelfVerdict(self, drill.maxScore(), autoScore, disagree);
    }

    /** "Your own verdict: 3 of 4 (automatic: 2). Both are kept in your progress." */
    public String summary() {
        return "Your own verdict: " + selfPoints + " of " + maxScore + " (automatic: " + autoScore
                + "). Both are kept in your progress.";
    }

    /** What to make of a disagreement, or empty when there is none. */
    public String advice() {
        return disagreements == 0 ? "" : "You and the scorer disagree on " + disagreements
                + (disagreements == 1 ? " criterion" : " criteria") + ": compare your wording with the model answer; if the"
                + " scorer missed something you said, your verdict is the one to trust.";
    }
}
