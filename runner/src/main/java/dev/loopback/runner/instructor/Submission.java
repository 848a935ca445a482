package dev.loopback.runner.instructor;

import java.nio.file.Path;

/** One learner's sources for one exercise, as found in the class folder. */
public record Submission(String learner, String exercise, Path sources) {

    /** {@code learner/exercise}, as the progress and problem lines name it. */
    public String label() {
        return learner + "/" + exercise;
    }
}
