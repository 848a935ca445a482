package dev.loopback.runner.instructor;

/**
 * What grading one submission produced: how it ended, a one-line detail for anything but a clean
 * run, the submit JSON (the contract {@code submit --json} prints) and the Gradescope results
 * ({@code submit --format gradescope}, from the grader's one Gradescope emitter).
 */
record Graded(Status status, String detail, String json, String gradescope) {

    /** How grading a submission ended. */
    enum Status {
        GRADED("graded"), DID_NOT_COMPILE("did not compile"), TIMED_OUT("timed out"), CRASHED("crashed");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }

        static Status ofWords(String words) {
            for (Status status : values()) {
                if (status.words.equals(words)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("unknown status '" + words + "'");
        }
    }
}
