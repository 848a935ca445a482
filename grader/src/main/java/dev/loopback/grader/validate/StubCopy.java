package dev.loopback.grader.validate;

import dev.loopback.grader.exercise.Exercise;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks that learners have a starting copy of the stub to work in. */
final class StubCopy {
    private StubCopy() {}

    static List<String> check(Exercise exercise, Path learnerStart) {
        if (!Files.isDirectory(learnerStart)) {
            return List.of("exercises/" + exercise.id() + "/src/main/java is missing: learners need the stub there");
        }
        return List.of();
    }
}
