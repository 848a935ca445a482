package dev.loopback.grader;

/** How to grade: {@code verbose} adds the learner's own stack frames; {@code record} keeps the submission in the history. */
public record GradeOptions(boolean verbose, boolean record) {
    public static final GradeOptions DEFAULT = new GradeOptions(false, true);
}
