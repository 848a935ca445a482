package dev.loopback.runner.instructor;

import dev.loopback.grader.report.GradescopeReport;

/**
 * What grading one submission produced: how it ended, a one-line detail for anything but a clean
 * run, the submit JSON (the contract {@code submit --json} prints) and the Gradescope results
 * ({@code submit --format gradescope}, from the grader's one Gradescope emitter).
 */
public record Graded(Status status, String detail, String json, String gradescope) {

    /**
     * What is recorded for a submission the grader itself could not grade ({@code detail} says why): a "crashed"
     * grade whose submit JSON and Gradescope results score 0 and carry the reason.
     */
    public static Graded ungraded(String exercise, String detail, long durationMs) {
        return new Graded(Status.CRASHED, detail, SubmitJson.ungraded(exercise, detail, durationMs),
                GradescopeReport.ungraded(exercise, detail, 100, durationMs));
    }

    /** How grading a submission ended. */
    public enum Status {
        GRADED("graded"), DID_NOT_COMPILE("did not compile"), TIMED_OUT("timed out"), CRASHED("crashed");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public static Status ofWords(String words) {
            for (Status status : values()) {
                if (status.words.equals(words)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("unknown status '" + words + "'");
        }
    }
}
