package dev.loopback.runner.progress;

/**
 * One rubric criterion's hints for the learner: how many levels are unlocked, how many graded submissions failed it,
 * and whether the latest graded submission failed it.
 */
public record CriterionHints(int unlocked, int failures, boolean failing) {
    public static final CriterionHints NONE = new CriterionHints(0, 0, false);

    /** One more graded submission, which {@code failed} this criterion or passed it. */
    public CriterionHints graded(boolean failed) {
        return new CriterionHints(unlocked, failures + (failed ? 1 : 0), failed);
    }

    /** At least {@code level} levels unlocked; the count only ever rises. */
    public CriterionHints unlockedTo(int level) {
        return new CriterionHints(Math.max(unlocked, level), failures, failing);
    }
}
