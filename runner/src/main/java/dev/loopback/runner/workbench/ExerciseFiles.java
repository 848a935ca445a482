package dev.loopback.runner.workbench;

import dev.loopback.grader.Workspace;
import dev.loopback.grader.exercise.Exercises;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where one exercise's files live: the learner's copy under {@code exercises/} and the grader's under {@code grader/exercises/}. */
public record ExerciseFiles(String id, Path sourceRoot, Path sources, Path definition, Path stub, Path solution,
        Path note) {

    /** The exercise {@code id} in {@code workspace}, when the grader defines it. */
    public static Optional<ExerciseFiles> find(Workspace workspace, String id) {
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            return Optional.empty();
        }
        Path grader = workspace.graderExercises().resolve(id);
        Path src = workspace.exercises().resolve(id).resolve("src");
        ExerciseFiles files = new ExerciseFiles(id, src, src.resolve("main").resolve("java"),
                grader.resolve("exercise.json"), grader.resolve("stub"), grader.resolve("solution"),
                grader.resolve("SOLUTION.md"));
        return Files.isRegularFile(files.definition()) ? Optional.of(files) : Optional.empty();
    }

    /** The ids of every exercise the grader defines in {@code workspace}, sorted. */
    public static List<String> ids(Workspace workspace) {
        return new Exercises(workspace.graderExercises()).ids();
    }

    /** The sentence shown for an id that is not an exercise, listing the ones that are. */
    public static String unknown(Workspace workspace, String id) {
        return "There is no exercise '" + id + "'. Exercises: " + String.join(", ", ids(workspace)) + ".";
    }
}
