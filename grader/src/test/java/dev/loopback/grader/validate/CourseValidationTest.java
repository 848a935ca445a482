package dev.loopback.grader.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopback.grader.Workspace;
import dev.loopback.grader.exercise.Exercises;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code validate} on the real course: every exercise's rubric, test mapping and lesson links,
 * its stub's baseline, and its reference solution at full marks three runs in a row (the
 * {@code validate} command's default is twenty; three keeps the build short).
 */
class CourseValidationTest {
    private static final int RUNS = 3;

    @TempDir
    static Path state;

    static List<String> exercises() {
        return new Exercises(Workspace.find(Path.of("")).orElseThrow().graderExercises()).ids();
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void theExerciseIsGradedCorrectly(String exercise) {
        Workspace course = Workspace.find(Path.of("")).orElseThrow().withState(state);

        Validation validation = new Validator(course, line -> { }).validate(exercise, RUNS);

        assertEquals(List.of(), validation.problems());
    }
}
