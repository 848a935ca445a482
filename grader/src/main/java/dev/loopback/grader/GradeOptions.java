package dev.loopback.grader;

/**
 * How to grade: {@code verbose} adds the learner's own stack frames; {@code record} keeps the
 * submission in the history; {@code seed} replays a run's generated test inputs (null: a new seed).
 */
public record GradeOptions(boolean verbose, boolean record, Long seed) {
    public static final GradeOptions DEFAULT = new GradeOptions(false, true);

    public GradeOptions(boolean verbose, boolean record) {
        this(verbose, record, null);
    }
}
