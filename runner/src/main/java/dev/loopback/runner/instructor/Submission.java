package dev.loopback.runner.instructor;

import java.nio.file.Path;

/** One learner's sources for one exercise, as found in the class folder. */
record Submission(String learner, String exercise, Path sources) {

    /** {@code learner/exercise}, as the progress and problem lines name it. */
    String label() {
        return learner + "/" + exercise;
    }
}
