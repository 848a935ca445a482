package dev.loopback.runner.workbench;

import dev.loopback.grader.Workspace;
import java.nio.file.Path;

/** A copy of this repository's course and exercises in a temp workspace, so tests never write into the clone. */
public final class ShippedCourse {
    private ShippedCourse() {}

    /** A workspace under {@code root} holding the shipped {@code course/}, {@code exercises/} and {@code grader/exercises/}. */
    public static Workspace copyTo(Path root) {
        Workspace shipped = Workspace.find(Path.of("")).orElseThrow();
        Workspace copy = Workspace.at(root);
        FileTree.copy(shipped.course(), copy.course());
        FileTree.copy(shipped.exercises(), copy.exercises());
        FileTree.copy(shipped.graderExercises(), copy.graderExercises());
        return copy;
    }
}
