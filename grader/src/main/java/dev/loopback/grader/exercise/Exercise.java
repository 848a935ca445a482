package dev.loopback.grader.exercise;

import java.nio.file.Path;

/** An exercise the grader knows: its metadata, its rubric, and the folder holding stub, tests and solution. */
public record Exercise(ExerciseSpec spec, Rubric rubric, Path dir) {

    public String id() {
        return spec.id();
    }

    public Path stub() {
        return dir.resolve("stub");
    }

    public Path tests() {
        return dir.resolve("tests");
    }

    public Path solution() {
        return dir.resolve("solution");
    }

    public Path hints() {
        return dir.resolve("hints.md");
    }
}
