package dev.loopback.grader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a course lives on disk: its content, the learner's exercises, the grader's exercise
 * definitions, and the learner's own state ({@code .course/}).
 */
public record Workspace(Path home, Path course, Path exercises, Path graderExercises, Path state) {

    /** The standard layout of a clone rooted at {@code home}. */
    public static Workspace at(Path home) {
        Path root = home.toAbsolutePath().normalize();
        return new Workspace(root, root.resolve("course"), root.resolve("exercises"),
                root.resolve("grader").resolve("exercises"), root.resolve(".course"));
    }

    /** The same workspace with its learner state kept elsewhere (tests, instructors). */
    public Workspace withState(Path newState) {
        return new Workspace(home, course, exercises, graderExercises, newState);
    }

    /** The clone containing {@code start} or one of its parents, found by its {@code course/course.json}. */
    public static Optional<Workspace> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("course").resolve("course.json"))) {
                return Optional.of(at(dir));
            }
        }
        return Optional.empty();
    }
}
