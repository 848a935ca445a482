package dev.loopback.grader.report;

import dev.loopback.grader.exercise.Criterion;
import java.util.List;
import java.util.Map;

/**
 * How many hint levels of each criterion the learner has unlocked, by criterion id: what the learner-facing reports
 * (text, JSON) show of a failing criterion's hints. The runner owns the unlocking; the grader only shows what it is
 * given. {@link #ALL} shows every level (instructors' formats).
 */
public record UnlockedHints(Map<String, Integer> levels, boolean all) {
    /** Nothing unlocked: each failing criterion shows what went wrong and its lesson section, no hint text. */
    public static final UnlockedHints NONE = new UnlockedHints(Map.of(), false);
    /** Every level of every criterion. */
    public static final UnlockedHints ALL = new UnlockedHints(Map.of(), true);

    public UnlockedHints {
        levels = levels == null ? Map.of() : Map.copyOf(levels);
    }

    /** {@code levels} unlocked per criterion id. */
    public static UnlockedHints of(Map<String, Integer> levels) {
        return new UnlockedHints(levels, false);
    }

    /** The levels of {@code criterion} that are unlocked, in order, most specific last. */
    public List<String> shown(Criterion criterion) {
        List<String> hints = criterion.hints();
        int count = all ? hints.size() : Math.max(0, Math.min(levels.getOrDefault(criterion.id(), 0), hints.size()));
        return hints.subList(0, count);
    }
}
